import type { MeetingsApiError } from '../api/MeetingsApiError';
import { compareKeys } from '../scheduling/compareKeys';
import { currentMonthKey } from '../scheduling/currentMonthKey';
import type { DaySlots } from '../scheduling/DaySlots';
import { monthDistance } from '../scheduling/monthDistance';
import { toDateKey } from '../scheduling/toDateKey';
import { selectMonthDays } from './helpers/selectMonthDays';
import { useMonthAvailability } from './useMonthAvailability';
import { useClockTick } from './useClockTick';
import { usePrefetchMonth } from './usePrefetchMonth';

/** Parameters of {@link useAvailableDays}. */
export interface UseAvailableDaysParams {
  /** The scheduling page's slug. */
  slug: string;
  /** IANA zone the days are grouped in. */
  timezone: string;
  /** Meeting length in ms. */
  duration: number;
  /** `yyyy-MM` in `timezone`; a month before the current one shows the current one. */
  month: string;
  /**
   * The time (epoch ms) slots must start after: pass the flow's minute tick.
   * @defaultValue a minute tick of the hook's own (see `useClockTick`)
   */
  now?: number;
}

/** One month of the calendar, ready to render. */
export interface AvailableDays {
  /** The month shown (`month`, or the current month when `month` is past). */
  month: string;
  /** The `monthOffset` of that month, from the current month in the zone. */
  monthOffset: number;
  /** Today in the zone, `yyyy-MM-dd`. */
  today: string;
  /** Days of the month with a future slot of the duration. */
  days: DaySlots[];
  /** The month's page is loading and no earlier data stands in for it. */
  isLoading: boolean;
  /** The month's failure, after retries. */
  error: MeetingsApiError | null;
  /** Loads the month again. */
  retry: () => void;
  /** The month is after the current one. */
  canGoPrevious: boolean;
  /** False once the month's page says nothing more exists and holds nothing later. */
  canGoNext: boolean;
}

/**
 * A month of availability for one duration, grouped by day in the visitor's zone, with the next
 * month prefetched while the server says there is more.
 */
export function useAvailableDays(params: UseAvailableDaysParams, enabled = true): AvailableDays {
  const { slug, timezone, duration, month } = params;
  const tick = useClockTick(undefined, params.now === undefined);
  const now = params.now ?? tick;
  const current = currentMonthKey(now, timezone);
  const shown = compareKeys(month, current) < 0 ? current : month;
  const monthOffset = monthDistance(current, shown);
  const query = useMonthAvailability({ slug, timezone, monthOffset }, { enabled });
  const { days, hasLaterSlots } = selectMonthDays(query.data, duration, shown, timezone, now);
  const canGoNext = query.data !== undefined && (query.data.hasMore || hasLaterSlots);
  usePrefetchMonth({ slug, timezone, monthOffset: monthOffset + 1 }, enabled && canGoNext && !query.isPlaceholderData);
  return {
    month: shown,
    monthOffset,
    today: toDateKey(now, timezone),
    days,
    isLoading: query.isPending,
    error: query.error,
    retry: () => void query.refetch(),
    canGoPrevious: monthOffset > 0,
    canGoNext,
  };
}
