import { readArray } from './readArray';
import { readNumber } from './readNumber';

/**
 * The durations offered, in ms and in the organizer's order, duplicates removed. Numeric strings
 * count; zero, negative and fractional values do not. When the list is missing or holds nothing
 * usable, the durations that have slots (`fallback`, ascending) stand in so the page still works.
 */
export function parseDurations(value: unknown, fallback: readonly number[]): number[] {
  const durations: number[] = [];
  for (const item of readArray(value)) {
    const duration = readNumber(item);
    if (duration === undefined || !Number.isSafeInteger(duration) || duration <= 0) continue;
    if (!durations.includes(duration)) durations.push(duration);
  }
  return durations.length > 0 ? durations : [...fallback].sort((a, b) => a - b);
}
