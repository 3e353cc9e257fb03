import type { WireDurationAvailability } from '../../api/wireTypes';
import { addDaysToKey, zonedDateKey, zonedMinuteOfDay, zonedWallTimeToUtc } from './dateKeys';

const WEEK_MS = 7 * 86_400_000;

/**
 * The documentation's fixed slots, kept as they are while any lies after `after`; once all are
 * past, moved forward by the fewest whole weeks that put them all in the future again. Weeks are
 * counted in the organizer's zone so each slot keeps its weekday and local wall time across DST.
 */
export function shiftFixedSlots(
  fixed: Readonly<Record<string, WireDurationAvailability>>,
  timeZone: string,
  after: number,
): Record<string, WireDurationAvailability> {
  const starts = Object.values(fixed).flatMap((group) => group.availabilities.map((slot) => slot.startMillisUtc));
  if (starts.length === 0 || starts.some((start) => start > after)) return copyFixedSlots(fixed);
  const earliest = Math.min(...starts);
  const shiftBy = (ms: number, weeks: number) =>
    zonedWallTimeToUtc(addDaysToKey(zonedDateKey(ms, timeZone), weeks * 7), zonedMinuteOfDay(ms, timeZone), timeZone);
  // Whole weeks in UTC are off by at most an hour from local weeks; correct by one step if needed.
  let weeks = Math.max(1, Math.ceil((after - earliest) / WEEK_MS));
  while (shiftBy(earliest, weeks) <= after) weeks += 1;
  while (weeks > 1 && shiftBy(earliest, weeks - 1) > after) weeks -= 1;
  const shifted: Record<string, WireDurationAvailability> = {};
  for (const [key, group] of Object.entries(fixed)) {
    shifted[key] = {
      meetingDurationMillis: group.meetingDurationMillis,
      availabilities: group.availabilities.map((slot) => {
        const start = shiftBy(slot.startMillisUtc, weeks);
        return { startMillisUtc: start, endMillisUtc: start + (slot.endMillisUtc - slot.startMillisUtc) };
      }),
    };
  }
  return shifted;
}

function copyFixedSlots(
  fixed: Readonly<Record<string, WireDurationAvailability>>,
): Record<string, WireDurationAvailability> {
  const copy: Record<string, WireDurationAvailability> = {};
  for (const [key, group] of Object.entries(fixed)) {
    copy[key] = {
      meetingDurationMillis: group.meetingDurationMillis,
      availabilities: group.availabilities.map((slot) => ({ ...slot })),
    };
  }
  return copy;
}
