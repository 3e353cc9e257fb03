import type { TimeSlot } from '../types';
import { isDateInstant } from './isDateInstant';
import { isInSlotWindow } from './isInSlotWindow';
import { isRecord } from './isRecord';
import { readArray } from './readArray';
import { readNumber } from './readNumber';
import { sortTimeSlots } from './sortTimeSlots';

/**
 * Intervals from a list of `{[startKey], [endKey]}` objects in epoch ms: items that are not
 * objects, hold no whole numbers, end before they start, or lie outside the slot window (see
 * `isInSlotWindow`: a `Date` past ±8.64e15 ms throws in every view) are dropped; the rest come back sorted and
 * unique. Free slots use `startMillisUtc`/`endMillisUtc`, busy times `start`/`end`.
 */
export function parseTimeSlots(value: unknown, startKey: string, endKey: string): TimeSlot[] {
  const slots: TimeSlot[] = [];
  for (const item of readArray(value)) {
    if (!isRecord(item)) continue;
    const start = readNumber(item[startKey]);
    const end = readNumber(item[endKey]);
    if (start === undefined || end === undefined || end <= start) continue;
    if (!isDateInstant(start) || !isDateInstant(end) || !isInSlotWindow(start, end)) continue;
    slots.push({ start, end });
  }
  return sortTimeSlots(slots);
}
