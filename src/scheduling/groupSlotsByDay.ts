import type { TimeSlot } from '../api/types';
import type { DaySlots } from './DaySlots';
import { mergeSlots } from './mergeSlots';
import { toDateKey } from './toDateKey';

/**
 * Groups slots by the day they START on in `timeZone` (a slot crossing midnight belongs to the day
 * it begins, as the visitor picks a start time). Days ascending; slots sorted and de-duplicated.
 */
export function groupSlotsByDay(slots: TimeSlot[], timeZone: string): DaySlots[] {
  const days: DaySlots[] = [];
  let current: DaySlots | undefined;
  // Sorted input means each day's slots are contiguous and the days come out ascending.
  for (const slot of mergeSlots(slots)) {
    const date = toDateKey(slot.start, timeZone);
    if (current?.date !== date) {
      current = { date, slots: [] };
      days.push(current);
    }
    current.slots.push(slot);
  }
  return days;
}
