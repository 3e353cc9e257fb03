import type { AvailabilityPage, TimeSlot } from '../../api/types';
import { groupMonthDays } from '../../scheduling/groupMonthDays';
import type { MonthDays } from '../../scheduling/MonthDays';

export type { MonthDays } from '../../scheduling/MonthDays';

const NO_SLOTS: TimeSlot[] = [];
const NO_MONTH: MonthDays = { days: [], hasLaterSlots: false };

/**
 * The days of `monthKey` in `timeZone` that have future slots of `durationMs` in `page`. Past
 * slots are dropped here, at display time, so a page cached a while ago never offers them.
 * Memoized (see `groupMonthDays`): calling it on every render costs a lookup, not a regrouping.
 */
export function selectMonthDays(
  page: AvailabilityPage | undefined,
  durationMs: number,
  monthKey: string,
  timeZone: string,
  now: number,
): MonthDays {
  if (!page) return NO_MONTH;
  return groupMonthDays(page.slotsByDuration[durationMs] ?? NO_SLOTS, timeZone, monthKey, now);
}
