import type { TimeSlot } from '../types';

/** Sorted by start then end, exact duplicates removed: the order every view and merge relies on. */
export function sortTimeSlots(slots: readonly TimeSlot[]): TimeSlot[] {
  const sorted = [...slots].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((slot, index) => {
    const previous = sorted[index - 1];
    return previous === undefined || previous.start !== slot.start || previous.end !== slot.end;
  });
}
