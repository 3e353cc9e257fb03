import { useMemo } from 'react';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookingInfo, TimeSlot } from '../api/types';
import { firstMonthWithSlot } from '../scheduling/firstMonthWithSlot';
import type { SchedulingPageParams } from './meetingsQueryKeys';
import { useClockTick } from './useClockTick';
import { useFirstAvailableMonth } from './useFirstAvailableMonth';
import { useMonthAvailability } from './useMonthAvailability';

/** Where the calendar opens: found, still searching, failed, or nothing to offer at all. */
export type OpeningMonth =
  | {
      /** Still searching. */
      status: 'pending';
    }
  | {
      /** The search failed. */
      status: 'error';
      /** Why. */
      error: MeetingsApiError;
      /** Search again. */
      retry: () => void;
    }
  | {
      /** No month within the search has a free time. */
      status: 'empty';
    }
  | {
      /** Found. */
      status: 'ready';
      /** The first duration, in the organizer's order, with a free slot in that month's page. */
      duration: number;
      /** `yyyy-MM` in the zone: the month of that duration's first free slot. */
      month: string;
    };

/** Options of {@link useOpeningMonth}. */
export interface UseOpeningMonthOptions {
  /**
   * `false` to wait.
   * @defaultValue true
   */
  enabled?: boolean;
  /**
   * How many pages the search looks at before giving up.
   * @defaultValue 12
   */
  maxMonths?: number;
  /**
   * The time (epoch ms) slots must start after: pass the flow's minute tick.
   * @defaultValue a minute tick of the hook's own (see `useClockTick`)
   */
  now?: number;
}

/** The first duration with a slot after `now`, listed ones first, and the month of its earliest. */
function firstOpening(
  slotsByDuration: Record<number, TimeSlot[]>,
  listed: readonly number[],
  timeZone: string,
  now: number,
) {
  // Durations the page has but the settings do not list still count, after the listed ones.
  const extra = Object.keys(slotsByDuration)
    .map(Number)
    .filter((d) => !listed.includes(d));
  for (const duration of [...listed, ...extra]) {
    const month = firstMonthWithSlot(slotsByDuration[duration] ?? [], timeZone, now);
    if (month) return { duration, month };
  }
  return undefined;
}

/**
 * The month and duration the calendar opens on: the first page (from the current month, paging
 * forward while `hasMore`) with a future slot, then in it the first duration that has one.
 * Usually costs no request: month 0 arrives with the booking info.
 */
export function useOpeningMonth(
  info: BookingInfo,
  params: SchedulingPageParams,
  options: UseOpeningMonthOptions = {},
): OpeningMonth {
  const enabled = options.enabled ?? true;
  const tick = useClockTick(undefined, options.now === undefined);
  const now = options.now ?? tick;
  const search = useFirstAvailableMonth(params, { enabled, maxMonths: options.maxMonths });
  const offset = search.data;
  const page = useMonthAvailability(
    { ...params, monthOffset: offset ?? 0 },
    { enabled: enabled && typeof offset === 'number' },
  );
  const slotsByDuration = page.data?.slotsByDuration;
  // Memoized: a page can hold 50k slots, and the calendar renders on every day click and focus move.
  const opening = useMemo(
    () => (slotsByDuration ? firstOpening(slotsByDuration, info.durations, params.timezone, now) : undefined),
    [slotsByDuration, info.durations, params.timezone, now],
  );
  if (search.isError) return { status: 'error', error: search.error, retry: () => void search.refetch() };
  if (search.isPending) return { status: 'pending' };
  if (offset === null) return { status: 'empty' };
  if (page.isError) return { status: 'error', error: page.error, retry: () => void page.refetch() };
  if (!page.data) return { status: 'pending' };
  // Without an opening, the last slot passed between the search and now.
  return opening ? { status: 'ready', ...opening } : { status: 'empty' };
}
