import { Suspense, useEffect, useMemo, useRef } from 'react';
import { alignCatalogDigits } from '../i18n/formatters/catalogDigits';
import { defaultFlowMessages, type CatalogMessages } from '../i18n/FlowMessages';
import { brandingToCssVariables } from '../theme/brandingToCssVariables';
import { useCatalogMessages } from '../hooks/useCatalogMessages';
import { useSchedulerFlowState } from '../hooks/useSchedulerFlowState';
import { BookingCard } from './BookingCard';
import { BookingStepFailure } from './BookingStepFailure';
import { BrowseView } from './BrowseView';
import { ErrorView } from './ErrorView';
import { LazyBookingStep, LazyConfirmation, preloadBookingViews } from './lazyBookingViews';
import { LiveAnnouncer } from './LiveAnnouncer';
import { LoadingView } from './LoadingView';
import type { MeetingSchedulerProps } from './MeetingSchedulerProps';
import { SchedulerContainer } from './SchedulerContainer';
import { SchedulerErrorBoundary } from './SchedulerErrorBoundary';
import { SummaryPanel } from './SummaryPanel';
import { SummarySkeleton } from './SummarySkeleton';

function preload(): void {
  void preloadBookingViews().catch(() => {
    // Not fatal here: the form's render loads it again and shows the step's failure if that fails.
  });
}

/**
 * The widget's steps as views over {@link useSchedulerFlow}: browse (up to a chosen time) → book
 * (the form) → booked (confirmation). The flow owns the state; this picks the view for the step.
 */
export function SchedulerFlow(props: MeetingSchedulerProps) {
  const flow = useSchedulerFlowState(props);
  const { slug } = props;
  const { info, step, locale } = flow;
  // Idempotent: numbers in messages take the widget locale's digits (ar under ar-EG: ٣٠).
  alignCatalogDigits(flow.catalog, locale);
  const catalogMessages = useCatalogMessages(flow.catalog);
  const messages: CatalogMessages = useMemo(
    () => ({ ...(catalogMessages ?? defaultFlowMessages), ...props.messages }),
    [catalogMessages, props.messages],
  );
  const stepRef = useRef<HTMLDivElement>(null);

  // The form and the confirmation focus their own heading; if they did not, focus their frame,
  // so keyboard and screen reader users are never left on a button that no longer exists.
  // The root node's activeElement: in the embed's shadow root the document's is the host element,
  // which the frame never contains, so the heading the step just focused would lose its focus.
  useEffect(() => {
    const frame = stepRef.current;
    if (!frame) return;
    const root = frame.getRootNode() as Document | ShadowRoot;
    if (!frame.contains(root.activeElement)) frame.focus();
  }, [step.kind]);

  const infoData = info.data;
  const cssVariables = useMemo(() => (infoData ? brandingToCssVariables(infoData.branding) : undefined), [infoData]);
  const colorScheme = props.colorScheme ?? 'auto';

  let content;
  if (info.isPending || !catalogMessages) {
    // The skeleton stays while the catalog loads, so no English flashes before the translation.
    content = <LoadingView messages={messages} />;
  } else if (info.isError && !infoData) {
    content = <ErrorView error={info.error} messages={messages} onRetry={() => void info.refetch()} />;
  } else if (!infoData) {
    content = <LoadingView messages={messages} />;
  } else if (step.kind === 'browse') {
    content = (
      <BrowseView
        slug={slug}
        info={infoData}
        now={flow.now}
        timezone={flow.timezone}
        onTimezoneChange={flow.setTimezone}
        hourCycle={flow.hourCycle}
        onHourCycleChange={flow.setHourCycle}
        locale={locale}
        messages={messages}
        selection={flow.selection}
        onSelectionChange={flow.setSelection}
        chosenStart={flow.slot?.start}
        notice={flow.notice && messages.slotTaken}
        onDismissNotice={flow.dismissNotice}
        initialFocus={step.focus}
        onShown={() => {
          flow.markShown();
          preload();
        }}
        onDurationChange={flow.callbacks.onDurationChange}
        onDateSelect={flow.callbacks.onDateSelect}
        onError={flow.callbacks.onError}
        onChooseSlot={(slot, duration) => {
          preload();
          flow.chooseSlot(slot, duration);
        }}
      />
    );
  } else if (step.kind === 'book') {
    // Suspense inside the frame: while the form's chunk loads, focus moves to the frame (see the
    // effect above) instead of falling to the page's body with the slot button that was removed.
    // The step's own boundary: a chunk that failed to load keeps the chosen time and the card.
    content = (
      <div ref={stepRef} className="ms-step" tabIndex={-1}>
        <SchedulerErrorBoundary
          resetKey={step.slot}
          onError={flow.callbacks.onError}
          fallback={(reset, error) => (
            <BookingStepFailure
              error={error}
              messages={messages}
              onRetry={() => {
                // Forgets the failure and imports the chunk again.
                preload();
                reset();
              }}
              onBack={flow.back}
            />
          )}
        >
          <Suspense fallback={<LoadingView messages={messages} />}>
            <LazyBookingStep
              slug={slug}
              info={infoData}
              slot={step.slot}
              locale={locale}
              hourCycle={flow.hourCycle}
              messages={messages}
              prefill={props.prefill}
              values={flow.values}
              onValuesChange={flow.setValues}
              onBack={flow.back}
              onSlotTaken={flow.slotTaken}
              onSubmit={flow.callbacks.onSubmit}
              onBooked={flow.booked}
              onError={flow.callbacks.onError}
            />
          </Suspense>
        </SchedulerErrorBoundary>
      </div>
    );
  } else {
    content = (
      <div ref={stepRef} className="ms-step" tabIndex={-1}>
        <Suspense fallback={<LoadingView messages={messages} />}>
          <LazyConfirmation
            result={step.result}
            info={infoData}
            timezone={flow.timezone}
            locale={locale}
            hourCycle={flow.hourCycle}
            messages={messages}
            redirectOnBooked={props.redirectOnBooked}
            visitorEmail={flow.values?.email}
          />
        </Suspense>
      </div>
    );
  }

  // The summary keeps who/what/how long through every step; a page that failed to load has none.
  const cardStep = !infoData ? (info.isError ? 'error' : 'loading') : step.kind;
  const summaryDuration =
    step.kind === 'book'
      ? step.slot.duration
      : step.kind === 'booked'
        ? step.result.duration
        : (flow.selection.duration ?? infoData?.durations[0]);
  const summary = infoData ? (
    <SummaryPanel info={infoData} duration={summaryDuration} messages={messages} />
  ) : cardStep === 'loading' ? (
    <SummarySkeleton />
  ) : undefined;

  return (
    <SchedulerContainer
      colorScheme={colorScheme}
      locale={locale}
      label={messages.widgetLabel}
      cssVariables={cssVariables}
    >
      <LiveAnnouncer>
        <BookingCard step={cardStep} summary={summary}>
          {content}
        </BookingCard>
      </LiveAnnouncer>
    </SchedulerContainer>
  );
}
