import type { TimeSlot } from '../api/types';
import { currentMonthKey } from './currentMonthKey';

/**
 * The month (`yyyy-MM` in `timeZone`) of the earliest slot starting after `after` (epoch ms), or
 * undefined when there is none. One pass and no copy: the calendar asks on every render.
 * @param after - only slots starting strictly later count (a slot starting now is gone); every
 *   slot counts when left out
 */
export function firstMonthWithSlot(slots: TimeSlot[], timeZone: string, after = -Infinity): string | undefined {
  let earliest = Infinity;
  for (const slot of slots) if (slot.start > after && slot.start < earliest) earliest = slot.start;
  return Number.isFinite(earliest) ? currentMonthKey(earliest, timeZone) : undefined;
}
