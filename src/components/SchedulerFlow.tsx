import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BookingResult } from '../api/types';
import type { BookingFormValues } from '../booking/BookingFormValues';
import { defaultHourCycle } from '../i18n/formatters/defaultHourCycle';
import { defaultMessages, type Messages } from '../i18n/Messages';
import { alignCatalogDigits } from '../i18n/formatters/catalogDigits';
import { resolveWidgetLocale } from '../i18n/resolveWidgetLocale';
import { resolveTimeZone } from '../scheduling/resolveTimeZone';
import { brandingToCssVariables } from '../theme/brandingToCssVariables';
import { useBookingInfo } from '../hooks/useBookingInfo';
import { useCatalog } from '../hooks/useCatalog';
import { useErrorReport } from '../hooks/useErrorReport';
import { useFollowedState } from '../hooks/useFollowedState';
import { useLatestCallback } from '../hooks/useLatestCallback';
import { useRefreshAvailability } from '../hooks/useRefreshAvailability';
import type { BrowseSelection } from './BrowseSelection';
import { BrowseView } from './BrowseView';
import { ErrorView } from './ErrorView';
import { LazyBookingStep, LazyConfirmation, preloadBookingViews } from './lazyBookingViews';
import { LoadingView } from './LoadingView';
import type { MeetingSchedulerProps, SlotSelection } from './MeetingSchedulerProps';
import { SchedulerContainer } from './SchedulerContainer';

type Step =
  | { kind: 'browse'; focus?: 'slots' | 'notice' }
  | { kind: 'book'; slot: SlotSelection }
  | { kind: 'booked'; result: BookingResult };

/**
 * The widget's steps: browse (up to a chosen time) → book (the form) → booked (confirmation).
 * Owns everything that must survive moving between them: the zone, the clock, what was
 * selected, and what the visitor typed.
 */
export function SchedulerFlow(props: MeetingSchedulerProps) {
  const { slug } = props;
  const [timezone, setTimezone] = useFollowedState(props.timezone, resolveTimeZone);
  // Booking info is read once, in the first zone: a new zone only needs new availability pages.
  const [infoTimezone] = useState(timezone);
  const info = useBookingInfo({ slug, timezone: infoTimezone });
  // Until booking info says the page's language, the browser's catalog starts loading.
  const pageLanguage = info.data?.locale ?? info.data?.language;
  const { catalog, locale } = useMemo(
    () => resolveWidgetLocale({ prop: props.locale, page: pageLanguage }),
    [props.locale, pageLanguage],
  );
  // Idempotent: numbers in messages take the widget locale's digits (ar under ar-EG: ٣٠).
  alignCatalogDigits(catalog, locale);
  const catalogMessages = useCatalog(catalog);
  const messages: Messages = useMemo(
    () => ({ ...(catalogMessages ?? defaultMessages), ...props.messages }),
    [catalogMessages, props.messages],
  );
  const [hourCycle, setHourCycle] = useFollowedState(props.hourCycle ?? defaultHourCycle(locale), (cycle) => cycle);
  const [step, setStep] = useState<Step>({ kind: 'browse' });
  const [selection, setSelection] = useState<BrowseSelection>({});
  const [chosen, setChosen] = useState<SlotSelection>();
  const [values, setValues] = useState<BookingFormValues | null>(null);
  const [notice, setNotice] = useState<string>();
  const refreshAvailability = useRefreshAvailability();
  const stepRef = useRef<HTMLDivElement>(null);

  const onReady = useLatestCallback(props.onReady);
  const onDurationChange = useLatestCallback(props.onDurationChange);
  const onDateSelect = useLatestCallback(props.onDateSelect);
  const onSlotSelect = useLatestCallback(props.onSlotSelect);
  const onSubmit = useLatestCallback(props.onSubmit);
  const onBooked = useLatestCallback(props.onBooked);
  const onError = useLatestCallback(props.onError);
  useErrorReport(info.error, onError);

  const readyReported = useRef(false);
  const infoData = info.data;
  const onShown = useCallback(() => {
    if (readyReported.current || !infoData) return;
    readyReported.current = true;
    onReady(infoData);
    void preloadBookingViews().catch(() => {
      // Not fatal here: choosing a time loads it again and shows the error view if that fails.
    });
  }, [infoData, onReady]);

  // The form and the confirmation focus their own heading; if they did not, focus their frame,
  // so keyboard and screen reader users are never left on a button that no longer exists.
  useEffect(() => {
    const frame = stepRef.current;
    if (frame && !frame.contains(frame.ownerDocument.activeElement)) frame.focus();
  }, [step.kind]);

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
        timezone={timezone}
        onTimezoneChange={setTimezone}
        hourCycle={hourCycle}
        onHourCycleChange={setHourCycle}
        locale={locale}
        messages={messages}
        selection={selection}
        onSelectionChange={setSelection}
        chosenStart={chosen?.start}
        notice={notice}
        onDismissNotice={() => setNotice(undefined)}
        initialFocus={step.focus}
        onShown={onShown}
        onDurationChange={onDurationChange}
        onDateSelect={onDateSelect}
        onError={onError}
        onChooseSlot={(slot, duration) => {
          const selected: SlotSelection = { start: slot.start, end: slot.end, duration, timezone };
          setChosen(selected);
          setNotice(undefined);
          void preloadBookingViews().catch(() => {
            // The form's render shows the failure.
          });
          setStep({ kind: 'book', slot: selected });
          onSlotSelect(selected);
        }}
      />
    );
  } else if (step.kind === 'book') {
    // Suspense inside the frame: while the form's chunk loads, focus moves to the frame (see the
    // effect above) instead of falling to the page's body with the slot button that was removed.
    content = (
      <div ref={stepRef} className="ms-step" tabIndex={-1}>
        <Suspense fallback={<LoadingView messages={messages} />}>
          <LazyBookingStep
            slug={slug}
            info={infoData}
            slot={step.slot}
            locale={locale}
            hourCycle={hourCycle}
            messages={messages}
            prefill={props.prefill}
            values={values}
            onValuesChange={setValues}
            onBack={() => setStep({ kind: 'browse', focus: 'slots' })}
            onSlotTaken={() => {
              void refreshAvailability(slug, step.slot);
              setChosen(undefined);
              setNotice(messages.slotTaken);
              setStep({ kind: 'browse', focus: 'notice' });
            }}
            onSubmit={onSubmit}
            onBooked={(result) => {
              setStep({ kind: 'booked', result });
              onBooked(result);
            }}
            onError={onError}
          />
        </Suspense>
      </div>
    );
  } else {
    content = (
      <div ref={stepRef} className="ms-step" tabIndex={-1}>
        <Suspense fallback={<LoadingView messages={messages} />}>
          <LazyConfirmation
            result={step.result}
            info={infoData}
            timezone={timezone}
            locale={locale}
            hourCycle={hourCycle}
            messages={messages}
            redirectOnBooked={props.redirectOnBooked}
          />
        </Suspense>
      </div>
    );
  }

  return (
    <SchedulerContainer colorScheme={colorScheme} locale={locale} label={messages.widgetLabel} cssVariables={cssVariables}>
      {content}
    </SchedulerContainer>
  );
}
