import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookingInfo, TimeSlot } from '../api/types';
import type { BrowseSelection } from '../model/BrowseSelection';
import { currentMonthKey } from '../scheduling/currentMonthKey';
import { focusableDate } from '../scheduling/focusableDate';
import { useAvailableDays } from './useAvailableDays';
import { useClockTick } from './useClockTick';
import { useControllableState } from './useControllableState';
import { useErrorReport } from './useErrorReport';
import { useLatestCallback } from './useLatestCallback';
import { useOpeningMonth } from './useOpeningMonth';

/** Options of {@link useBrowseState}. */
export interface UseBrowseStateOptions {
  /** The scheduling page's slug. */
  slug: string;
  /** The page's booking info (durations, first month). */
  info: BookingInfo;
  /** IANA zone days are grouped in. */
  timezone: string;
  /**
   * The time (epoch ms): pass the flow's minute tick so the whole widget reads one clock.
   * @defaultValue a minute tick of the hook's own
   */
  now?: number;
  /**
   * What the visitor chose, when the caller keeps it (so it survives leaving the calendar).
   * @defaultValue kept by the hook, starting from `defaultSelection`
   */
  selection?: BrowseSelection;
  /**
   * Where an uncontrolled selection starts.
   * @defaultValue `{}` (the opening month, its first duration and day with times)
   */
  defaultSelection?: BrowseSelection;
  /**
   * The selection changed (duration, month or day; the rest pinned to what was shown).
   * @defaultValue none
   */
  onSelectionChange?: (selection: BrowseSelection) => void;
  /**
   * The visitor picked another zone through `changeTimezone`.
   * @defaultValue none
   */
  onTimezoneChange?: (timezone: string) => void;
  /**
   * Host callback: another meeting length (ms).
   * @defaultValue none
   */
  onDurationChange?: (duration: number) => void;
  /**
   * Host callback: a day picked (`yyyy-MM-dd`).
   * @defaultValue none
   */
  onDateSelect?: (date: string) => void;
  /**
   * A month, or the search for the opening month, failed (once per failure).
   * @defaultValue none
   */
  onError?: (error: MeetingsApiError) => void;
  /**
   * The first calendar, or the empty view, can be shown (called once it can, after commit).
   * @defaultValue none
   */
  onShown?: () => void;
}

/** Whether the calendar can show yet. */
export type BrowseStatus = 'pending' | 'error' | 'empty' | 'ready';

/** What {@link useBrowseState} returns: everything a calendar view renders and does. */
export interface BrowseState {
  /** `pending` while the opening month is searched, `empty` when nothing is free at all. */
  status: BrowseStatus;
  /** The search's failure when `status` is `error`. */
  openingError: MeetingsApiError | null;
  /** Searches for the opening month again. */
  retryOpening: () => void;
  /** Durations to offer (the listed ones, plus the shown one if the list lacks it). */
  durations: number[];
  /** The shown meeting length (ms). */
  duration: number;
  /** The shown month, `yyyy-MM`. */
  month: string;
  /** Today in the zone, `yyyy-MM-dd`. */
  today: string;
  /** Days of the month with free times. */
  availableDates: ReadonlySet<string>;
  /** How many free times each of those days has. */
  slotCounts: ReadonlyMap<string, number>;
  /** The selected day, whose times are listed; undefined when the month has none. */
  date: string | undefined;
  /** The selected day's free times. */
  daySlots: TimeSlot[];
  /** The day last focused in the grid, if any. */
  focusedDate: string | undefined;
  /** The one day in the grid's tab order (roving tabindex). */
  focusableDate: string;
  /** Changes each time `focusDay` asks the grid to focus `focusableDate`. */
  focusRequest: number;
  /** The month's page is loading. */
  isLoading: boolean;
  /** The month's failure, after retries. */
  error: MeetingsApiError | null;
  /** Loads the month again. */
  retry: () => void;
  /** An earlier month can be shown. */
  canGoPrevious: boolean;
  /** A later month may have times (its page is prefetched meanwhile). */
  canGoNext: boolean;
  /** Pick another meeting length. */
  selectDuration: (duration: number) => void;
  /** Show another month (`yyyy-MM`); its first day with times is selected. */
  showMonth: (month: string) => void;
  /** Pick a day (`yyyy-MM-dd`). */
  selectDate: (date: string) => void;
  /** The grid's focus moved to a day. */
  setFocusedDate: (date: string | undefined) => void;
  /** Ask the grid to move focus to `focusableDate` (e.g. after a notice was closed). */
  focusDay: () => void;
  /** Show times in another zone, keeping the shown month and day. */
  changeTimezone: (timezone: string) => void;
}

/**
 * The state of browsing a page's availability: duration, visible month, selected and focusable
 * day, month paging (the next month is prefetched while the server has more) and the search for
 * the month to open on. Absent choices fall back to the opening month, its first duration with
 * times and the first day with times; a change pins the rest to what is shown, so e.g. a new zone
 * keeps the month. Views render it and call its actions; they derive nothing themselves.
 */
export function useBrowseState(options: UseBrowseStateOptions): BrowseState {
  const { slug, info, timezone } = options;
  const tick = useClockTick(undefined, options.now === undefined);
  const now = options.now ?? tick;
  const [selection, setSelection] = useControllableState(
    options.selection,
    options.defaultSelection ?? {},
    useLatestCallback(options.onSelectionChange),
  );
  const onDurationChange = useLatestCallback(options.onDurationChange);
  const onDateSelect = useLatestCallback(options.onDateSelect);
  const onTimezoneChange = useLatestCallback(options.onTimezoneChange);
  const onError = useLatestCallback(options.onError);
  const onShown = useLatestCallback(options.onShown);

  const opening = useOpeningMonth(info, { slug, timezone }, { enabled: selection.month === undefined, now });
  const ready = selection.month !== undefined || opening.status === 'ready';
  const duration = selection.duration ?? (opening.status === 'ready' ? opening.duration : info.durations[0]) ?? 0;
  const requestedMonth = selection.month ?? (opening.status === 'ready' ? opening.month : currentMonthKey(now, timezone));
  const model = useAvailableDays({ slug, timezone, duration, month: requestedMonth, now }, ready);
  useErrorReport(opening.status === 'error' ? opening.error : null, onError);
  useErrorReport(model.error, onError);

  const shown = ready || opening.status === 'empty';
  useEffect(() => {
    if (shown) onShown();
  }, [shown, onShown]);

  const availableDates = useMemo(() => new Set(model.days.map((day) => day.date)), [model.days]);
  const slotCounts = useMemo(() => new Map(model.days.map((day) => [day.date, day.slots.length])), [model.days]);
  const date = selection.date !== undefined && availableDates.has(selection.date) ? selection.date : model.days[0]?.date;
  const daySlots = model.days.find((day) => day.date === date)?.slots ?? [];
  const durations = info.durations.includes(duration) ? info.durations : [...info.durations, duration];
  const [focusedDate, setFocusedDate] = useState<string>();
  const [focusRequest, setFocusRequest] = useState(0);
  const focusDay = useCallback(() => setFocusRequest((request) => request + 1), []);
  const focusable = focusableDate({ month: model.month, focused: focusedDate, selected: date, available: availableDates, today: model.today });

  // What the visitor sees, pinned before one part of it changes.
  const pinned: BrowseSelection = { duration, month: model.month, date };
  const status: BrowseStatus = ready ? 'ready' : opening.status === 'error' ? 'error' : opening.status === 'empty' ? 'empty' : 'pending';

  return {
    status,
    openingError: opening.status === 'error' ? opening.error : null,
    retryOpening: opening.status === 'error' ? opening.retry : () => {},
    durations,
    duration,
    month: model.month,
    today: model.today,
    availableDates,
    slotCounts,
    date,
    daySlots,
    focusedDate,
    focusableDate: focusable,
    focusRequest,
    isLoading: model.isLoading,
    error: model.error,
    retry: model.retry,
    canGoPrevious: model.canGoPrevious,
    canGoNext: model.canGoNext,
    selectDuration: (next) => {
      setSelection({ ...pinned, duration: next });
      onDurationChange(next);
    },
    showMonth: (next) => setSelection({ ...pinned, month: next, date: undefined }),
    selectDate: (next) => {
      setSelection({ ...pinned, date: next });
      onDateSelect(next);
    },
    setFocusedDate,
    focusDay,
    changeTimezone: (next) => {
      setSelection(pinned);
      onTimezoneChange(next);
    },
  };
}
