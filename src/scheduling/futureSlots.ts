import type { TimeSlot } from '../api/types';

/** The slots that start strictly after `now` (epoch ms): a slot starting this very moment is already gone. */
export function futureSlots(slots: TimeSlot[], now: number): TimeSlot[] {
  return slots.filter((slot) => slot.start > now);
}
