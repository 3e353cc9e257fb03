import { cachedDateTimeFormat } from './cachedDateTimeFormat';
import { formatDateKey } from './formatDateKey';

// A per-zone map in front of the general cache: this runs once per slot, tens of thousands of
// times, and building the general cache's key costs as much as the lookup itself.
const byZone = new Map<string, Intl.DateTimeFormat>();

// Gregorian calendar and Latin digits whatever the host's defaults, so the output parses.
const LOCALE = 'en-US-u-ca-gregory-nu-latn';
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{1,4})$/;

/**
 * The calendar day (`yyyy-MM-dd`) that an instant falls on in an IANA time zone.
 * Throws a RangeError for an invalid zone.
 */
export function toDateKey(epochMs: number, timeZone: string): string {
  let format = byZone.get(timeZone);
  if (!format) {
    format = cachedDateTimeFormat(LOCALE, { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    byZone.set(timeZone, format);
  }
  // `format` is about twice as fast as `formatToParts`; the parts path covers engines whose
  // pattern differs from M/D/Y.
  const match = US_DATE.exec(format.format(epochMs));
  // Intl's fields are already a valid date: padding them is all the key needs.
  if (match) return `${(match[3] as string).padStart(4, '0')}-${(match[1] as string).padStart(2, '0')}-${(match[2] as string).padStart(2, '0')}`;
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
