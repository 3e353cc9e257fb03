import type { WireSlot } from '../../api/wireTypes';
import type { FakeLinkDefinition } from '../FakeLinkDefinition';
import { addDaysToKey, daysBetweenKeys, weekdayOfKey, zonedDateKey, zonedWallTimeToUtc } from './dateKeys';
import { incrementMinutes } from '../../scheduling/incrementMinutes';

const MINUTE_MS = 60_000;

/**
 * Candidate slots from the link's weekly hours whose start lies in `[from, to)`, before busy
 * times are considered. Hours are read on each local date in the organizer's zone, so 9:00
 * stays 9:00 across a DST change; a slot must end inside its range.
 */
export function weeklyHourSlots(link: FakeLinkDefinition, durationMs: number, from: number, to: number): WireSlot[] {
  if (!(from < to) || !Number.isFinite(to)) return [];
  const zone = link.organizerTimeZone;
  const step = incrementMinutes(link.startTimeIncrement, durationMs) * MINUTE_MS;
  if (!(step > 0) || !(durationMs > 0)) return [];
  // A local day can begin before `from` in UTC terms, so start one day early and filter below.
  const firstKey = addDaysToKey(zonedDateKey(Number.isFinite(from) ? from : to, zone), -1);
  const dayCount = daysBetweenKeys(firstKey, zonedDateKey(to, zone)) + 1;
  const slots: WireSlot[] = [];
  for (let day = 0; day <= dayCount; day += 1) {
    const key = addDaysToKey(firstKey, day);
    const ranges = link.weeklyHours[weekdayOfKey(key)] ?? [];
    for (const range of ranges) {
      const rangeStart = zonedWallTimeToUtc(key, range.start, zone);
      const rangeEnd = zonedWallTimeToUtc(key, range.end, zone);
      // Steps are counted in wall minutes from the range start; only when a DST change falls
      // inside the range does each start need its own conversion.
      const linear = rangeEnd - rangeStart === (range.end - range.start) * MINUTE_MS;
      for (let offset = 0; ; offset += step) {
        const start = linear ? rangeStart + offset : zonedWallTimeToUtc(key, range.start + offset / MINUTE_MS, zone);
        const end = start + durationMs;
        if (end > rangeEnd) break;
        if (start >= from && start < to) slots.push({ startMillisUtc: start, endMillisUtc: end });
      }
    }
  }
  return slots.sort((a, b) => a.startMillisUtc - b.startMillisUtc);
}
