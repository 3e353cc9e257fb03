import { peekCatalogMessages } from '../i18n/catalogStore';
import { defaultFlowMessages } from '../i18n/FlowMessages';
import { resolveWidgetLocale } from '../i18n/resolveWidgetLocale';
import { useLatestCallback } from '../hooks/useLatestCallback';
import { ErrorView } from './ErrorView';
import { MeetingsProvider } from './MeetingsProvider';
import type { MeetingSchedulerProps } from './MeetingSchedulerProps';
import { SchedulerContainer } from './SchedulerContainer';
import { SchedulerErrorBoundary } from './SchedulerErrorBoundary';
import { SchedulerFlow } from './SchedulerFlow';

/**
 * An inline booking widget for a HubSpot scheduling page: duration, day and time, then the form,
 * then the confirmation. Renders inside its own `.ms-root`; include `meeting-scheduler/style.css`.
 *
 * @example
 * <MeetingScheduler slug="menelson" apiBaseUrl="http://127.0.0.1:4010" onBooked={(result) => console.log(result)} />
 */
export function MeetingScheduler(props: MeetingSchedulerProps) {
  const { slug } = props;
  const onError = useLatestCallback(props.onError);

  return (
    <MeetingsProvider
      apiBaseUrl={props.apiBaseUrl}
      apiVersion={props.apiVersion}
      fetch={props.fetch}
      headers={props.headers}
      getBookingVerificationToken={props.getBookingVerificationToken}
      queryClient={props.queryClient}
      dehydratedState={props.dehydratedState}
    >
      <SchedulerErrorBoundary
        resetKey={slug}
        onError={onError}
        fallback={(reset) => {
          // The catalog in memory if any; a failure is no time to fetch one.
          const { catalog, locale } = resolveWidgetLocale({ prop: props.locale });
          const loaded = peekCatalogMessages(catalog);
          const messages = { ...(loaded ?? defaultFlowMessages), ...props.messages };
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
    </MeetingsProvider>
  );
}
