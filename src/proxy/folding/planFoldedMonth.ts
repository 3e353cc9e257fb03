import { addMonthsToKey } from '../../scheduling/addMonthsToKey';
import { currentMonthKey } from '../../scheduling/currentMonthKey';
import { monthDistance } from '../../scheduling/monthDistance';
import { zonedMonthStart } from './zonedMonthStart';

/** Which UTC months answer one visitor month, and where that month begins and ends. */
export interface FoldedMonthPlan {
  /** The visitor's month as instants: [start, end). */
  start: number;
  end: number;
  /** Offsets from the current UTC month of the (one or two) UTC months it overlaps, ascending. */
  utcOffsets: number[];
}

/**
 * The plan for `monthOffset` months after the current month of `timeZone`. A zone's month is
 * shifted from UTC's by at most 14 hours, so it overlaps at most two UTC months; a UTC month
 * before the current one is left out (it is over, so it holds no free time).
 */
export function planFoldedMonth(now: number, timeZone: string, monthOffset: number): FoldedMonthPlan {
  const month = addMonthsToKey(currentMonthKey(now, timeZone), monthOffset);
  const start = zonedMonthStart(month, timeZone);
  const end = zonedMonthStart(addMonthsToKey(month, 1), timeZone);
  const utcNow = currentMonthKey(now, 'UTC');
  const first = monthDistance(utcNow, currentMonthKey(start, 'UTC'));
  const last = monthDistance(utcNow, currentMonthKey(end - 1, 'UTC'));
  const utcOffsets: number[] = [];
  for (let offset = Math.max(0, first); offset <= last; offset += 1) utcOffsets.push(offset);
  return { start, end, utcOffsets };
}
