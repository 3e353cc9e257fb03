import { formatDateKey } from './formatDateKey';
import { parseDateKey } from './parseDateKey';

/**
 * The date key `n` days after (negative: before) `dateKey`. Calendar days, not 24-hour spans:
 * keys carry no zone, so DST cannot shift them. Plain UTC arithmetic rather than date-fns, whose
 * functions work in the process time zone unless given a UTC date class we do not ship.
 */
export function addDaysToKey(dateKey: string, n: number): string {
  const { year, month, day } = parseDateKey(dateKey);
  return formatDateKey(year, month, day + Math.trunc(n));
}
