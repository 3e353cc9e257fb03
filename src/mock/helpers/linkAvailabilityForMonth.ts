import type { WireDurationAvailability, WireLinkAvailability } from '../../api/wireTypes';
import { zonedMonthBounds } from './dateKeys';
import { offeredDurations, offeredSlots } from './offeredSlots';
import type { SlotRules } from './SlotRules';

/**
 * `linkAvailability` for one calendar month of the visitor's zone (month boundaries in THAT
 * zone): every offered length keyed by its ms as a string, and `hasMore` when any slot starts
 * after the month.
 */
export function linkAvailabilityForMonth(rules: SlotRules, timeZone: string, monthOffset: number): WireLinkAvailability {
  const month = zonedMonthBounds(rules.now, timeZone, monthOffset);
  const linkAvailabilityByDuration: Record<string, WireDurationAvailability> = {};
  let hasMore = false;
  for (const duration of offeredDurations(rules)) {
    const slots = offeredSlots(rules, duration);
    linkAvailabilityByDuration[String(duration)] = {
      meetingDurationMillis: duration,
      availabilities: slots.filter((slot) => slot.startMillisUtc >= month.start && slot.startMillisUtc < month.end),
    };
    hasMore ||= slots.some((slot) => slot.startMillisUtc >= month.end);
  }
  return { linkAvailabilityByDuration, hasMore };
}
