import { toDateKey } from './toDateKey';

/** The month (`yyyy-MM`) that the instant `now` falls in, in `timeZone`. */
export function currentMonthKey(now: number, timeZone: string): string {
  return toDateKey(now, timeZone).slice(0, 7);
}
