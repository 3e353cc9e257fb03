import { cachedDateTimeFormat } from './cachedDateTimeFormat';
import { formatDateKey } from './formatDateKey';

// Gregorian calendar and Latin digits whatever the host's defaults, so the output parses.
const LOCALE = 'en-US-u-ca-gregory-nu-latn';
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{1,4})$/;

/**
 * The calendar day (`yyyy-MM-dd`) that an instant falls on in an IANA time zone.
 * Throws a RangeError for an invalid zone.
 */
export function toDateKey(epochMs: number, timeZone: string): string {
  const format = cachedDateTimeFormat(LOCALE, { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
  // `format` is about twice as fast as `formatToParts`; the parts path covers engines whose
  // pattern differs from M/D/Y.
  const match = US_DATE.exec(format.format(epochMs));
  if (match) return formatDateKey(Number(match[3]), Number(match[1]), Number(match[2]));
  let year = 0;
  let month = 1;
  let day = 1;
  for (const part of format.formatToParts(epochMs)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return formatDateKey(year, month, day);
}
