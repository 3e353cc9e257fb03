import { getTimeZoneOffset } from './getTimeZoneOffset';

const SIX_HOURS = 6 * 3_600_000;

/**
 * Whether the wall-clock time of `at` in `timeZone` happens twice that day: a DST fall-back
 * (New York's 1:30 AM on 2 November 2025 is 1:30 EDT and, an hour later, 1:30 EST). Such a time
 * needs its zone's short name or offset to say which one it is.
 */
export function isRepeatedWallTime(at: number, timeZone: string): boolean {
  // The clock went back by `shift` if the offset fell across a transition near `at`.
  const shift = getTimeZoneOffset(timeZone, at - SIX_HOURS) - getTimeZoneOffset(timeZone, at + SIX_HOURS);
  if (shift <= 0) return false;
  const wall = (instant: number) => instant + getTimeZoneOffset(timeZone, instant);
  return wall(at - shift) === wall(at) || wall(at + shift) === wall(at);
}
