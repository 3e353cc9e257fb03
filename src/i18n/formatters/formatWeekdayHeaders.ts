import type { DayOfWeek } from '../../scheduling/DayOfWeek';
import { formatWeekdayShort } from './formatWeekdayShort';

const cache = new Map<string, readonly string[]>();
const WEEK = [0, 1, 2, 3, 4, 5, 6] as const satisfies readonly DayOfWeek[];
/** Longest column header that fits a 320 px calendar (seven columns of about 40 px). */
const MAX_LENGTH = 4;

/**
 * The calendar's column headers (0 = Sunday … 6 = Saturday): Intl's short names where they are
 * short ('Mo', 'Mon', '月'); where some are long (Arabic 'الأربعاء', Persian, Hebrew 'יום ד׳',
 * Thai, Vietnamese 'Thứ 4'), the narrow ones when no two are alike ('ر', 'ד׳', 'T4'), else the
 * short ones cut to three letters ('seg' for Portuguese 'segunda'). Long names ran together at
 * 320 px; the header cells keep the full name in `abbr` for screen readers.
 */
export function formatWeekdayHeaders(locale: string): readonly string[] {
  let headers = cache.get(locale);
  if (!headers) {
    const short = WEEK.map((day) => formatWeekdayShort(day, locale, 'short'));
    if (short.every((name) => [...name].length <= MAX_LENGTH)) {
      headers = short;
    } else {
      const narrow = WEEK.map((day) => formatWeekdayShort(day, locale, 'narrow'));
      headers = new Set(narrow).size === narrow.length ? narrow : short.map((name) => [...name.replace(/\.$/, '')].slice(0, 3).join(''));
    }
    cache.set(locale, headers);
  }
  return headers;
}
