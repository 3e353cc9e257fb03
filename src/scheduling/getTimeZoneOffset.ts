import { cachedDateTimeFormat } from './cachedDateTimeFormat';

const LOCALE = 'en-US-u-ca-gregory-nu-latn';

/**
 * The offset of `timeZone` from UTC at the instant `at`, in milliseconds (local minus UTC, e.g.
 * +19_800_000 for Asia/Kolkata). Read from the wall-clock fields Intl reports, which every engine
 * supports, unlike the newer `longOffset` zone names. Throws a RangeError for an invalid zone.
 */
export function getTimeZoneOffset(timeZone: string, at: number): number {
  const format = cachedDateTimeFormat(LOCALE, {
    timeZone,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const fields: Record<string, number> = {};
  let bc = false;
  for (const part of format.formatToParts(at)) {
    if (part.type === 'era') bc = part.value.startsWith('B');
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = new Date(0);
  const year = fields.year ?? 1970;
  wall.setUTCFullYear(bc ? 1 - year : year, (fields.month ?? 1) - 1, fields.day ?? 1);
  // `% 24`: some engines print midnight as 24 even with h23.
  wall.setUTCHours((fields.hour ?? 0) % 24, fields.minute ?? 0, fields.second ?? 0, 0);
  const wholeSecond = Math.floor(at / 1000) * 1000;
  return wall.getTime() - wholeSecond;
}
