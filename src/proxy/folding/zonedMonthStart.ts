import { getTimeZoneOffset } from '../../scheduling/getTimeZoneOffset';

/** The instant a month (`yyyy-MM`) begins in `timeZone`: local midnight of its first day. */
export function zonedMonthStart(monthKey: string, timeZone: string): number {
  const [year, month] = monthKey.split('-').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, 1);
  // Two passes settle the offset even when it changes between the guess and the answer.
  let instant = wall - getTimeZoneOffset(timeZone, wall);
  instant = wall - getTimeZoneOffset(timeZone, instant);
  return instant;
}
