import type { TimeSlot } from '../api/types';
import { currentMonthKey } from './currentMonthKey';

/** The month (`yyyy-MM` in `timeZone`) of the earliest slot, or undefined when there is none. */
export function firstMonthWithSlot(slots: TimeSlot[], timeZone: string): string | undefined {
  let earliest = Infinity;
  for (const slot of slots) if (slot.start < earliest) earliest = slot.start;
  return Number.isFinite(earliest) ? currentMonthKey(earliest, timeZone) : undefined;
}
