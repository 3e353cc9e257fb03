import type { MinuteRange, Weekday } from '../types';
import { isRecord } from './isRecord';
import { readEnum } from './readEnum';
import { readNumber } from './readNumber';
import { sortTimeSlots } from './sortTimeSlots';

const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const MINUTES_PER_DAY = 24 * 60;

function readRange(value: unknown): MinuteRange | undefined {
  if (!isRecord(value)) return undefined;
  const start = readNumber(value.start);
  const end = readNumber(value.end);
  if (start === undefined || end === undefined) return undefined;
  if (start < 0 || end > MINUTES_PER_DAY || end <= start) return undefined;
  return { start, end };
}

/**
 * Weekly hours per weekday, always as a list: the guide sends a list of ranges per day, the
 * OpenAPI types a single range, and both are accepted. Ranges outside a day or empty are dropped,
 * unknown day names ignored, and a day left without ranges is absent.
 */
export function parseWeeklyAvailability(value: unknown): Partial<Record<Weekday, MinuteRange[]>> {
  const weekly: Partial<Record<Weekday, MinuteRange[]>> = {};
  if (!isRecord(value)) return weekly;
  for (const [key, entry] of Object.entries(value)) {
    const day = readEnum(key, WEEKDAYS);
    if (day === undefined) continue;
    const items = Array.isArray(entry) ? entry : [entry];
    const ranges = items.map(readRange).filter((range): range is MinuteRange => range !== undefined);
    const merged = sortTimeSlots([...(weekly[day] ?? []), ...ranges]);
    if (merged.length > 0) weekly[day] = merged;
  }
  return weekly;
}
