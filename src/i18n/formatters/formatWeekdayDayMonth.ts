import { cachedDateTimeFormat } from '../../scheduling/cachedDateTimeFormat';
import { parseDateKey } from '../../scheduling/parseDateKey';

/**
 * A date key as weekday, day and month: 'Thursday, October 16' (en-US), for a day close enough that
 * the year goes without saying. Printed from noon UTC in UTC, like `formatFullDate`.
 */
export function formatWeekdayDayMonth(dateKey: string, locale: string): string {
  const { year, month, day } = parseDateKey(dateKey);
  const noon = new Date(0);
  noon.setUTCFullYear(year, month - 1, day);
  noon.setUTCHours(12);
  return cachedDateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' }).format(noon);
}
