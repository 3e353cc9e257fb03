import type { TimeSlot } from '../types';
import { isRecord } from './isRecord';
import { readBoolean } from './readBoolean';
import { readNumber } from './readNumber';
import { parseTimeSlots } from './parseTimeSlots';
import { sortTimeSlots } from './sortTimeSlots';

/** The free slots and `hasMore` of a `linkAvailability` block. */
export interface ParsedLinkAvailability {
  slotsByDuration: Record<number, TimeSlot[]>;
  hasMore: boolean;
}

function positiveWhole(value: number | undefined): number | undefined {
  return value !== undefined && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/**
 * Reads `linkAvailabilityByDuration`. The key (a duration in ms, as a string) names the duration;
 * `meetingDurationMillis` stands in when the key is not a number. Entries that name no positive
 * duration are dropped; two keys for one duration are merged. A missing block means no slots.
 */
export function parseLinkAvailability(value: unknown): ParsedLinkAvailability {
  const slotsByDuration: Record<number, TimeSlot[]> = {};
  if (!isRecord(value)) return { slotsByDuration, hasMore: false };
  const byDuration = isRecord(value.linkAvailabilityByDuration) ? value.linkAvailabilityByDuration : {};
  for (const [key, entry] of Object.entries(byDuration)) {
    const block = isRecord(entry) ? entry : {};
    const duration = positiveWhole(readNumber(key)) ?? positiveWhole(readNumber(block.meetingDurationMillis));
    if (duration === undefined) continue;
    const slots = parseTimeSlots(block.availabilities, 'startMillisUtc', 'endMillisUtc');
    const existing = slotsByDuration[duration];
    slotsByDuration[duration] = existing ? sortTimeSlots([...existing, ...slots]) : slots;
  }
  return { slotsByDuration, hasMore: readBoolean(value.hasMore) ?? false };
}
