import { getTimeZoneOffset } from './getTimeZoneOffset';
import { parseDateKey } from './parseDateKey';

const MINUTE_MS = 60_000;

/**
 * The instant a wall-clock time of a calendar day happens in an IANA zone: `minute` minutes after
 * local midnight of `dateKey` (it may exceed a day, e.g. 1440 for a range ending at midnight).
 *
 * A wall time that happens twice (DST ends) gives the earlier instant; one skipped by a DST jump
 * gives the instant the clock would show had it not jumped, read with the offset after the jump,
 * so 02:30 on a spring-forward night in New York is 01:30 EST (the same choice as date-fns-tz).
 * Throws a RangeError for an invalid zone or date key.
 */
export function zonedTimeToInstant(dateKey: string, minute: number, timeZone: string): number {
  const { year, month, day } = parseDateKey(dateKey);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // The wall time read as if it were UTC; the zone's offset at the right instant turns it real.
  const wall = date.getTime() + minute * MINUTE_MS;
  const guess = getTimeZoneOffset(timeZone, wall);
  const second = getTimeZoneOffset(timeZone, wall - guess);
  if (second === guess) return wall - guess;
  const third = getTimeZoneOffset(timeZone, wall - guess - (second - guess));
  // Two readings that agree found the offset; disagreeing ones mean the wall time was skipped.
  return wall - (second === third ? second : Math.max(second, third));
}
