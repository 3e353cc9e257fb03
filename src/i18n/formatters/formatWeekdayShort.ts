import { cachedDateTimeFormat } from '../../scheduling/cachedDateTimeFormat';
import type { DayOfWeek } from '../../scheduling/DayOfWeek';

/**
 * A weekday's name (0 = Sunday … 6 = Saturday) for calendar column headers: 'Mon' by default,
 * 'M' with `width: 'narrow'` for tight layouts, 'Monday' with `'long'` for the header's
 * accessible name (narrow letters repeat, so they must not be all a screen reader hears).
 */
export function formatWeekdayShort(weekday: DayOfWeek, locale: string, width: 'short' | 'narrow' | 'long' = 'short'): string {
  // 2023-01-01 was a Sunday; noon UTC keeps it that day in UTC.
  const date = Date.UTC(2023, 0, 1 + weekday, 12);
  return cachedDateTimeFormat(locale, { timeZone: 'UTC', weekday: width }).format(date);
}
