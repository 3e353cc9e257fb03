import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { createMeetingsClient } from '../api/createMeetingsClient';
import { defaultMessages } from '../i18n/Messages';
import { peekCatalog } from '../i18n/loadCatalog';
import { resolveWidgetLocale } from '../i18n/resolveWidgetLocale';
import { MeetingsClientContext } from '../hooks/MeetingsClientContext';
import { useLatestCallback } from '../hooks/useLatestCallback';
import { useLatestRef } from '../hooks/useLatestRef';
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
  // One QueryClient per widget unless the host shares its own; created once, on first render.
  const ownQueryClient = useRef<QueryClient | null>(null);
  let queryClient = props.queryClient;
  if (!queryClient) {
    ownQueryClient.current ??= new QueryClient();
    queryClient = ownQueryClient.current;
  }

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
            // The catalog in memory if any; a failure is no time to fetch one.
            const { catalog, locale } = resolveWidgetLocale({ prop: props.locale });
            const loaded = peekCatalog(catalog);
            const messages = { ...(loaded ?? defaultMessages), ...props.messages };
            return (
              <SchedulerContainer
                colorScheme={props.colorScheme ?? 'auto'}
                locale={loaded ? locale : 'en-US'}
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
