import type { WireBusyTime, WireWeekday } from '../../api/wireTypes';
import { addDaysToKey, weekdayOfKey, zonedDateKey, zonedWallTimeToUtc } from '../helpers/dateKeys';

/** A weekly calendar event in a member's zone: the days it happens and its local minute range. */
export interface RecurringBusyBlock {
  days: readonly WireWeekday[];
  /** Minutes from local midnight. */
  start: number;
  end: number;
}

/** How far the generated events reach around "now", in days; beyond every scenario's window. */
const DAYS_BEFORE = 7;
const DAYS_AFTER = 160;

/**
 * Busy ranges of weekly events in a zone, generated around "now" so a scenario's calendars look
 * lived-in on any clock (fixed epoch numbers would all be in the past a week later).
 */
export function recurringBusy(timeZone: string, blocks: readonly RecurringBusyBlock[]): (now: number) => WireBusyTime[] {
  // Every call on the same local day yields the same ranges: keep the last day's.
  let cached: { today: string; ranges: WireBusyTime[] } | undefined;
  return (now) => {
    const today = zonedDateKey(now, timeZone);
    if (cached?.today === today) return cached.ranges;
    const ranges: WireBusyTime[] = [];
    for (let day = -DAYS_BEFORE; day <= DAYS_AFTER; day += 1) {
      const key = addDaysToKey(today, day);
      const weekday = weekdayOfKey(key);
      for (const block of blocks) {
        if (!block.days.includes(weekday)) continue;
        ranges.push({ start: zonedWallTimeToUtc(key, block.start, timeZone), end: zonedWallTimeToUtc(key, block.end, timeZone) });
      }
    }
    cached = { today, ranges };
    return ranges;
  };
}
