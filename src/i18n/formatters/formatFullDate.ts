import { cachedDateTimeFormat } from '../../scheduling/cachedDateTimeFormat';
import { parseDateKey } from '../../scheduling/parseDateKey';

/**
 * A date key in words: 'Monday, October 13, 2025' (en-US). The key is a calendar day with no zone,
 * so it is printed from noon UTC of that day in UTC, which no offset can move to another day.
 */
export function formatFullDate(dateKey: string, locale: string): string {
  const { year, month, day } = parseDateKey(dateKey);
  const noon = new Date(0);
  noon.setUTCFullYear(year, month - 1, day);
  noon.setUTCHours(12);
  return cachedDateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(noon);
}
