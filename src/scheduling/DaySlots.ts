import type { TimeSlot } from '../api/types';

/** The slots that start on one calendar day of a time zone. */
export interface DaySlots {
  /** Date key `yyyy-MM-dd` in the zone the slots were grouped in. */
  date: string;
  /** Sorted by start then end, no duplicates. */
  slots: TimeSlot[];
}
