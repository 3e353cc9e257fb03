import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookMeetingRequest, BookingInfo, BookingResult, TimeSlot } from '../api/types';
import type { BookingFormValues } from '../booking/BookingFormValues';
import { createInitialFormValues } from '../booking/createInitialFormValues';
import { defaultHourCycle } from '../i18n/formatters/defaultHourCycle';
import type { CatalogLocale } from '../i18n/catalogLocales';
import { resolveWidgetLocale } from '../i18n/resolveWidgetLocale';
import type { BrowseSelection } from '../model/BrowseSelection';
import type { HourCycle } from '../model/HourCycle';
import type { SchedulerNotice } from '../model/SchedulerNotice';
import type { SlotSelection } from '../model/SlotSelection';
import { resolveTimeZone } from '../scheduling/resolveTimeZone';
import type { SchedulerStep } from './SchedulerStep';
import type { UseSchedulerFlowOptions } from './UseSchedulerFlowOptions';
import { useBookingInfo } from './useBookingInfo';
import { useClockTick } from './useClockTick';
import { useErrorReport } from './useErrorReport';
import { useFollowedState } from './useFollowedState';
import { useLatestCallback } from './useLatestCallback';
import { useRefreshAvailability } from './useRefreshAvailability';

export type { UseSchedulerFlowOptions };

/** What {@link useSchedulerFlow} returns: the whole flow's state and what moves it on. */
export interface SchedulerFlowState {
  /** The resolved locale for Intl: the prop, else the page's language, else the browser's. */
  locale: string;
  /** The message catalog that speaks it ('en' when none does); load it with `useCatalog`. */
  catalog: CatalogLocale;
  /** The page's booking info query (read once, in the first zone). */
  info: UseQueryResult<BookingInfo, MeetingsApiError>;
  /** The current step; `book` and `booked` carry the chosen time. */
  step: SchedulerStep;
  /** The time (epoch ms), read once a minute: pass it down instead of reading the clock. */
  now: number;
  /** The zone times are shown in. */
  timezone: string;
  /** Show times in another zone. */
  setTimezone: (timezone: string) => void;
  /** The clock times are written in. */
  hourCycle: HourCycle;
  /** Use the other clock. */
  setHourCycle: (hourCycle: HourCycle) => void;
  /** What the visitor chose while browsing (for `useBrowseState`'s `selection`). */
  selection: BrowseSelection;
  /** The browse selection changed. */
  setSelection: (selection: BrowseSelection) => void;
  /** The chosen time, kept while going back to the calendar; undefined before one is chosen. */
  slot: SlotSelection | undefined;
  /** What the visitor typed, or the prefilled start once booking info is known. */
  values: BookingFormValues | undefined;
  /** The visitor typed. */
  setValues: (values: BookingFormValues) => void;
  /** A message for the visitor above the calendar, as data; undefined when there is none. */
  notice: SchedulerNotice | undefined;
  /** The visitor closed the notice. */
  dismissNotice: () => void;
  /** The first calendar is on screen: reports `onReady` once. */
  markShown: () => void;
  /** The visitor chose a time: the form opens. */
  chooseSlot: (slot: TimeSlot, duration: number) => void;
  /** Back from the form to the calendar, on the same day. */
  back: () => void;
  /** The chosen time was taken meanwhile: availability is refreshed and the calendar shows a notice. */
  slotTaken: () => void;
  /** The booking went through: the confirmation shows. */
  booked: (result: BookingResult) => void;
  /** Stable host callbacks, safe to call (a throwing host callback is reported, not rethrown). */
  callbacks: {
    onDurationChange: (duration: number) => void;
    onDateSelect: (date: string) => void;
    onSubmit: (request: BookMeetingRequest) => void;
    onError: (error: MeetingsApiError) => void;
  };
}

/** A chosen time without its zone: the zone is the flow's, kept once. */
type ChosenSlot = Omit<SlotSelection, 'timezone'>;

type StepState = { kind: 'browse'; focus?: 'slots' | 'notice' } | { kind: 'book' } | { kind: 'booked'; result: BookingResult };

/**
 * The booking flow's state, for the widget and for a UI of your own: the steps (browse → book →
 * booked), the chosen time (once), the zone and clock (following the props until the visitor
 * changes them), the minute tick, what the visitor chose and typed (kept across the steps, so a
 * failure or going back loses nothing), the slot-taken notice as data, and the host callbacks.
 * Use inside a `MeetingsProvider`.
 */
export function useSchedulerFlow(options: UseSchedulerFlowOptions): SchedulerFlowState {
  const { slug, prefill } = options;
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
  const [typed, setTyped] = useState<BookingFormValues | null>(null);
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
  const initialValues = useMemo(() => (infoData ? createInitialFormValues(infoData, prefill) : undefined), [infoData, prefill]);
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
    values: typed ?? initialValues,
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
