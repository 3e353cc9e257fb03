import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import type { WireWeekday } from '../../api/wireTypes';

// Calendar-date arithmetic on 'yyyy-MM-dd' keys. Done on UTC dates so the process zone never
// matters; zones only come in when a key meets an instant (zonedDateKey, zonedWallTimeToUtc).

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
  return formatInTimeZone(ms, timeZone, 'yyyy-MM-dd');
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
 * ending at midnight). A wall time skipped by a DST jump resolves as date-fns-tz does.
 */
export function zonedWallTimeToUtc(key: string, minute: number, timeZone: string): number {
  const dayKey = addDaysToKey(key, Math.floor(minute / MINUTES_PER_DAY));
  const rest = ((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hh = String(Math.floor(rest / 60)).padStart(2, '0');
  const mm = String(rest % 60).padStart(2, '0');
  return fromZonedTime(`${dayKey}T${hh}:${mm}:00`, timeZone).getTime();
}

/** Minutes since local midnight of an instant in a zone. */
export function zonedMinuteOfDay(ms: number, timeZone: string): number {
  const [hh, mm] = formatInTimeZone(ms, timeZone, 'HH:mm').split(':').map(Number) as [number, number];
  return hh * 60 + mm;
}

/**
 * The instant a calendar month starts in a zone: `monthOffset` months after the month holding
 * `now` there. Returns the start of that month and of the next.
 */
export function zonedMonthBounds(now: number, timeZone: string, monthOffset: number): { start: number; end: number } {
  const [year, month] = formatInTimeZone(now, timeZone, 'yyyy-MM').split('-').map(Number) as [number, number];
  const startIndex = year * 12 + (month - 1) + monthOffset;
  const keyOf = (index: number) =>
    `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  return {
    start: zonedWallTimeToUtc(keyOf(startIndex), 0, timeZone),
    end: zonedWallTimeToUtc(keyOf(startIndex + 1), 0, timeZone),
  };
}
