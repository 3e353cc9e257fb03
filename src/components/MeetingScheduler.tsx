import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createMeetingsClient } from '../api/createMeetingsClient';
import { defaultMessages } from '../i18n/Messages';
import { resolveLocale } from '../i18n/resolveLocale';
import { MeetingsClientContext } from '../hooks/MeetingsClientContext';
import { useLatestCallback } from '../hooks/useLatestCallback';
import { useLatestRef } from '../hooks/useLatestRef';
import { useOwnedQueryClient } from '../hooks/useOwnedQueryClient';
import { ErrorView } from './ErrorView';
import type { MeetingSchedulerProps } from './MeetingSchedulerProps';
import { SchedulerContainer } from './SchedulerContainer';
import { SchedulerErrorBoundary } from './SchedulerErrorBoundary';
import { SchedulerFlow } from './SchedulerFlow';

/**
 * An inline booking widget for a HubSpot scheduling page: duration, day and time, then the form,
 * then the confirmation. Renders inside its own `.ms-root`; include `meeting-scheduler/style.css`.
 *
 * @example
 * <MeetingScheduler slug="jdoe" apiBaseUrl="/api/hubspot" onBooked={(result) => track(result)} />
 */
export function MeetingScheduler(props: MeetingSchedulerProps) {
  const { slug, apiBaseUrl, apiVersion } = props;
  // One QueryClient per widget unless the host shares its own; the widget's own is cleared on unmount.
  const queryClient = useOwnedQueryClient(props.queryClient);

  // fetch and headers are read at call time, so a host passing new ones on every render
  // neither recreates the client nor drops the cache.
  const fetchRef = useLatestRef(props.fetch);
  const headersRef = useLatestRef(props.headers);
  const client = useMemo(
    () =>
      createMeetingsClient({
        baseUrl: apiBaseUrl,
        apiVersion,
        fetch: (input, init) => (fetchRef.current ?? globalThis.fetch)(input, init),
        headers: () => headersRef.current ?? {},
      }),
    [apiBaseUrl, apiVersion, fetchRef, headersRef],
  );
  const onError = useLatestCallback(props.onError);

  return (
    <QueryClientProvider client={queryClient}>
      <MeetingsClientContext.Provider value={client}>
        <SchedulerErrorBoundary
          resetKey={slug}
          onError={onError}
          fallback={(reset) => {
            const messages = { ...defaultMessages, ...props.messages };
            return (
              <SchedulerContainer
                colorScheme={props.colorScheme ?? 'auto'}
                locale={resolveLocale(props.locale)}
                label={messages.widgetLabel}
              >
                <ErrorView messages={messages} onRetry={reset} />
              </SchedulerContainer>
            );
          }}
        >
          {/* A new slug is a new page: start over rather than carry one page's choices to another. */}
          <SchedulerFlow key={slug} {...props} />
        </SchedulerErrorBoundary>
      </MeetingsClientContext.Provider>
    </QueryClientProvider>
  );
}
