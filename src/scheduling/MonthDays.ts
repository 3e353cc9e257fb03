import type { DaySlots } from './DaySlots';

/** What a month of the calendar shows for one duration. */
export interface MonthDays {
  /** Days of the month (in the zone) with at least one future slot, ascending. */
  days: DaySlots[];
  /** The slots hold future slots after this month (a page may span several months). */
  hasLaterSlots: boolean;
}
