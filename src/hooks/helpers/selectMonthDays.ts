import type { AvailabilityPage } from '../../api/types';
import type { DaySlots } from '../../scheduling/DaySlots';
import { futureSlots } from '../../scheduling/futureSlots';
import { groupSlotsByDay } from '../../scheduling/groupSlotsByDay';
import { monthKeyOfDate } from '../../scheduling/monthKeyOfDate';

/** What a month of the calendar shows for one duration. */
export interface MonthDays {
  /** Days of the month (in the zone) with at least one future slot, ascending. */
  days: DaySlots[];
  /** The page holds future slots after this month (a page may span several months). */
  hasLaterSlots: boolean;
}

/**
 * The days of `monthKey` in `timeZone` that have future slots of `durationMs` in `page`. Past
 * slots are dropped here, at display time, so a page cached a while ago never offers them.
 */
export function selectMonthDays(
  page: AvailabilityPage | undefined,
  durationMs: number,
  monthKey: string,
  timeZone: string,
  now: number,
): MonthDays {
  if (!page) return { days: [], hasLaterSlots: false };
  const grouped = groupSlotsByDay(futureSlots(page.slotsByDuration[durationMs] ?? [], now), timeZone);
  const days = grouped.filter((day) => monthKeyOfDate(day.date) === monthKey);
  const hasLaterSlots = grouped.some((day) => monthKeyOfDate(day.date) > monthKey);
  return { days, hasLaterSlots };
}
