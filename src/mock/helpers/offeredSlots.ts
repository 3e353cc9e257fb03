import type { WireSlot } from '../../api/wireTypes';
import { advertisingWindow } from './advertisingWindow';
import { isSlotFree } from './freeMembers';
import type { SlotRules } from './SlotRules';
import { shiftFixedSlots } from './shiftFixedSlots';
import { weeklyHourSlots } from './weeklyHourSlots';

/**
 * Every slot of one meeting length the link offers right now, in time order: never in the past
 * (start after now + minimum notice), inside the advertising window, and free for the members
 * the link type requires. Fixed slots skip the window (they are the documentation's sample).
 */
export function offeredSlots(rules: SlotRules, durationMs: number): WireSlot[] {
  const { link, now } = rules;
  const window = advertisingWindow(link, now);
  let candidates: WireSlot[];
  if (link.fixedSlots) {
    const fixed = shiftFixedSlots(link.fixedSlots, link.organizerTimeZone, window.earliestExclusive);
    candidates = [...(fixed[String(durationMs)]?.availabilities ?? [])].sort(
      (a, b) => a.startMillisUtc - b.startMillisUtc,
    );
  } else {
    candidates = weeklyHourSlots(link, durationMs, Math.max(window.start, window.earliestExclusive), window.end);
  }
  return candidates.filter((slot) => slot.startMillisUtc > window.earliestExclusive && isSlotFree(rules, slot));
}

/** The meeting lengths the link offers, as `linkAvailabilityByDuration` keys them. */
export function offeredDurations(rules: SlotRules): number[] {
  const { link } = rules;
  if (link.fixedSlots) return Object.values(link.fixedSlots).map((group) => group.meetingDurationMillis);
  return [...link.durations];
}
