import type { WireWeekday } from '../../api/wireTypes';
import { getTimeZoneOffset } from '../../scheduling/getTimeZoneOffset';
import { toDateKey } from '../../scheduling/toDateKey';
import { zonedTimeToInstant } from '../../scheduling/zonedTimeToInstant';

// Calendar-date arithmetic on 'yyyy-MM-dd' keys. Done on UTC dates so the process zone never
// matters; zones only come in when a key meets an instant (zonedDateKey, zonedWallTimeToUtc),
// through the widget's own Intl-based zone helpers, so the fake and the widget agree.

const MINUTES_PER_DAY = 1440;
const DAY_MS = 86_400_000;
const weekdays: readonly WireWeekday[] = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
];

function keyToUtcMs(key: string): number {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

function utcMsToKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The calendar date of an instant in a zone, as 'yyyy-MM-dd'. */
export function zonedDateKey(ms: number, timeZone: string): string {
  return toDateKey(ms, timeZone);
}

/** A date key moved by whole days. */
export function addDaysToKey(key: string, days: number): string {
  return utcMsToKey(keyToUtcMs(key) + days * DAY_MS);
}

/** Whole days from `from` to `to` (both date keys). */
export function daysBetweenKeys(from: string, to: string): number {
  return Math.round((keyToUtcMs(to) - keyToUtcMs(from)) / DAY_MS);
}

/** HubSpot's weekday name of a date key. */
export function weekdayOfKey(key: string): WireWeekday {
  return weekdays[new Date(keyToUtcMs(key)).getUTCDay()] as WireWeekday;
}

/**
 * The instant a wall-clock time of a date happens in a zone. Minutes may reach 1440 (a range
 * ending at midnight). A wall time skipped by a DST jump resolves as `zonedTimeToInstant` says.
 */
export function zonedWallTimeToUtc(key: string, minute: number, timeZone: string): number {
  return zonedTimeToInstant(key, minute, timeZone);
}

/** Minutes since local midnight of an instant in a zone (seconds dropped, as a clock shows it). */
export function zonedMinuteOfDay(ms: number, timeZone: string): number {
  const local = Math.floor(ms / 1000) * 1000 + getTimeZoneOffset(timeZone, ms);
  const dayMs = MINUTES_PER_DAY * 60_000;
  return Math.floor((((local % dayMs) + dayMs) % dayMs) / 60_000);
}

/**
 * The instant a calendar month starts in a zone: `monthOffset` months after the month holding
 * `now` there. Returns the start of that month and of the next.
 */
export function zonedMonthBounds(now: number, timeZone: string, monthOffset: number): { start: number; end: number } {
  const [year, month] = toDateKey(now, timeZone).split('-').map(Number) as [number, number];
  const startIndex = year * 12 + (month - 1) + monthOffset;
  const keyOf = (index: number) =>
    `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  return {
    start: zonedWallTimeToUtc(keyOf(startIndex), 0, timeZone),
    end: zonedWallTimeToUtc(keyOf(startIndex + 1), 0, timeZone),
  };
}
