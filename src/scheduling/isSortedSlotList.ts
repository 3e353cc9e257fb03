import type { TimeSlot } from '../api/types';

/**
 * Whether `slots` is already what `mergeSlots` would return: every slot a real interval, sorted by
 * start then end, no exact duplicates. One pass, so parsed (already sorted) data skips the sort.
 */
export function isSortedSlotList(slots: readonly TimeSlot[]): boolean {
  let previous: TimeSlot | undefined;
  for (const slot of slots) {
    if (!(Number.isFinite(slot.start) && Number.isFinite(slot.end) && slot.end > slot.start)) return false;
    if (previous && !(previous.start < slot.start || (previous.start === slot.start && previous.end < slot.end))) return false;
    previous = slot;
  }
  return true;
}
