import type { TimeSlot } from '../api/types';
import type { DaySlots } from './DaySlots';
import { isSortedSlotList } from './isSortedSlotList';
import { mergeSlots } from './mergeSlots';
import { toDateKey } from './toDateKey';
import { zoneOffsetSegmentAt, type OffsetSegment } from './zoneOffsetSegmentAt';

const DAY = 86_400_000;
/** Local times the offset path handles (years 1000–9999, where `toISOString` gives `yyyy-MM-dd`). */
const MIN_LOCAL = Date.UTC(1000, 0, 1);
const MAX_LOCAL = Date.UTC(9999, 11, 31);

/**
 * Groups slots by the day they START on in `timeZone` (a slot crossing midnight belongs to the day
 * it begins, as the visitor picks a start time). Days ascending; slots sorted and de-duplicated.
 *
 * Fast path: input already sorted (as the parsers return it) is not re-sorted, and the local day
 * comes from the zone's offset, cached per transition (see `zoneOffsetSegmentAt`), plus integer
 * arithmetic: no Intl call per slot. Throws a RangeError for an invalid zone.
 */
export function groupSlotsByDay(slots: TimeSlot[], timeZone: string): DaySlots[] {
  const sorted = isSortedSlotList(slots) ? slots : mergeSlots(slots);
  const days: DaySlots[] = [];
  let current: DaySlots | undefined;
  let segment: OffsetSegment | undefined;
  let dayNumber = Number.NaN;
  // Sorted input means each day's slots are contiguous and the days come out ascending.
  for (const slot of sorted) {
    const start = slot.start;
    if (!segment || start < segment.from || start >= segment.to) segment = zoneOffsetSegmentAt(timeZone, start);
    const local = start + segment.offset;
    const slotDay = Math.floor(local / DAY);
    if (slotDay !== dayNumber || !current) {
      dayNumber = slotDay;
      const date = local >= MIN_LOCAL && local <= MAX_LOCAL ? new Date(slotDay * DAY).toISOString().slice(0, 10) : toDateKey(start, timeZone);
      current = { date, slots: [] };
      days.push(current);
    }
    current.slots.push(slot);
  }
  return days;
}
