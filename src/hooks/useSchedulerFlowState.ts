import { useMemo, useRef, useState } from 'react';
import type { BookingResult } from '../api/types';
import type { BookingFormValues } from '../booking/BookingFormValues';
import { defaultHourCycle } from '../i18n/formatters/defaultHourCycle';
import { resolveWidgetLocale } from '../i18n/resolveWidgetLocale';
import type { BrowseSelection } from '../model/BrowseSelection';
import type { SlotSelection } from '../model/SlotSelection';
import { resolveTimeZone } from '../scheduling/resolveTimeZone';
import type { SchedulerFlowState } from './SchedulerFlowState';
import type { SchedulerStep } from './SchedulerStep';
import type { UseSchedulerFlowOptions } from './UseSchedulerFlowOptions';
import { useBookingInfo } from './useBookingInfo';
import { useClockTick } from './useClockTick';
import { useErrorReport } from './useErrorReport';
import { useFollowedState } from './useFollowedState';
import { useLatestCallback } from './useLatestCallback';
import { useRefreshAvailability } from './useRefreshAvailability';

/** A chosen time without its zone: the zone is the flow's, kept once. */
type ChosenSlot = Omit<SlotSelection, 'timezone'>;

type StepState = { kind: 'browse'; focus?: 'slots' | 'notice' } | { kind: 'book' } | { kind: 'booked'; result: BookingResult };

/**
 * {@link SchedulerFlowState} without the prefilled start: `values` is what was set, undefined until
 * then. The widget's form computes the start in its own chunk (browsing never needs it), and
 * `useSchedulerFlow` adds it for a UI of your own.
 */
export function useSchedulerFlowState(options: UseSchedulerFlowOptions): SchedulerFlowState {
  const { slug } = options;
  const [timezone, setTimezone] = useFollowedState(options.timezone, resolveTimeZone);
  const now = useClockTick();
  // Booking info is read once, in the first zone: a new zone only needs new availability pages.
  const [infoTimezone] = useState(timezone);
  const info = useBookingInfo({ slug, timezone: infoTimezone });
  // The locale prop, else the page's own language, else the browser's (until booking info says).
  const pageLanguage = info.data?.locale ?? info.data?.language;
  const { catalog, locale } = useMemo(
    () => resolveWidgetLocale({ prop: options.locale, page: pageLanguage }),
    [options.locale, pageLanguage],
  );
  const [hourCycle, setHourCycle] = useFollowedState(options.hourCycle ?? defaultHourCycle(locale), (cycle) => cycle);
  const [stepState, setStepState] = useState<StepState>({ kind: 'browse' });
  const [selection, setSelection] = useState<BrowseSelection>({});
  const [chosen, setChosen] = useState<ChosenSlot>();
  const [typed, setTyped] = useState<BookingFormValues>();
  const [taken, setTaken] = useState<ChosenSlot>();
  const refreshAvailability = useRefreshAvailability();

  const onReady = useLatestCallback(options.onReady);
  const onDurationChange = useLatestCallback(options.onDurationChange);
  const onDateSelect = useLatestCallback(options.onDateSelect);
  const onSlotSelect = useLatestCallback(options.onSlotSelect);
  const onSubmit = useLatestCallback(options.onSubmit);
  const onBooked = useLatestCallback(options.onBooked);
  const onError = useLatestCallback(options.onError);
  useErrorReport(info.error, onError);

  const infoData = info.data;
  const slot = chosen && { ...chosen, timezone };
  let step: SchedulerStep;
  if (stepState.kind === 'browse' || !slot) step = { kind: 'browse', focus: stepState.kind === 'browse' ? stepState.focus : undefined };
  else if (stepState.kind === 'book') step = { kind: 'book', slot };
  else step = { kind: 'booked', slot, result: stepState.result };

  const readyReported = useRef(false);
  const markShown = () => {
    if (readyReported.current || !infoData) return;
    readyReported.current = true;
    onReady(infoData);
  };

  return {
    locale,
    catalog,
    info,
    step,
    now,
    timezone,
    setTimezone,
    hourCycle,
    setHourCycle,
    selection,
    setSelection,
    slot,
    values: typed,
    setValues: setTyped,
    notice: taken && { kind: 'slot-taken', slot: { ...taken, timezone } },
    dismissNotice: () => setTaken(undefined),
    markShown,
    chooseSlot: (next, duration) => {
      const selected: ChosenSlot = { start: next.start, end: next.end, duration };
      setChosen(selected);
      setTaken(undefined);
      setStepState({ kind: 'book' });
      onSlotSelect({ ...selected, timezone });
    },
    back: () => setStepState({ kind: 'browse', focus: 'slots' }),
    slotTaken: () => {
      if (chosen) void refreshAvailability(slug, chosen);
      setTaken(chosen);
      setChosen(undefined);
      setStepState({ kind: 'browse', focus: 'notice' });
    },
    booked: (result) => {
      setStepState({ kind: 'booked', result });
      onBooked(result);
    },
    callbacks: { onDurationChange, onDateSelect, onSubmit, onError },
  };
}
