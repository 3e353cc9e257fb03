import type { DayOfWeek } from './DayOfWeek';
import { parseDateKey } from './parseDateKey';

/** The weekday of a date key: 0 = Sunday … 6 = Saturday. */
export function weekdayOfKey(dateKey: string): DayOfWeek {
  const { year, month, day } = parseDateKey(dateKey);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCDay() as DayOfWeek;
}
