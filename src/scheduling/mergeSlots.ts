import type { TimeSlot } from '../api/types';

/**
 * Joins slot lists into one, sorted by start then end, with exact duplicates removed.
 * Slots that are not real intervals (non-finite bounds, `end <= start`) are dropped, so a bad
 * payload cannot put an empty or reversed slot on screen.
 */
export function mergeSlots(...lists: TimeSlot[][]): TimeSlot[] {
  const all: TimeSlot[] = [];
  for (const list of lists) {
    for (const slot of list) {
      if (Number.isFinite(slot.start) && Number.isFinite(slot.end) && slot.end > slot.start) all.push(slot);
    }
  }
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TimeSlot[] = [];
  let previous: TimeSlot | undefined;
  for (const slot of all) {
    if (previous && previous.start === slot.start && previous.end === slot.end) continue;
    merged.push(slot);
    previous = slot;
  }
  return merged;
}
