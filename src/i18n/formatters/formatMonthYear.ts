import { cachedDateTimeFormat } from '../../scheduling/cachedDateTimeFormat';
import { parseMonthKey } from '../../scheduling/parseMonthKey';

/** A month key in words: 'October 2025' (en-US), 'Oktober 2025' (de-DE). Zone-proof like `formatFullDate`. */
export function formatMonthYear(monthKey: string, locale: string): string {
  const { year, month } = parseMonthKey(monthKey);
  const noon = new Date(0);
  noon.setUTCFullYear(year, month - 1, 15);
  noon.setUTCHours(12);
  return cachedDateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(noon);
}
