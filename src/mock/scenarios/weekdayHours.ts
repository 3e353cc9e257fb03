import type { WireMinuteRange, WireWeekday } from '../../api/wireTypes';

/** Monday to Friday. */
export const WORKDAYS: readonly WireWeekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

/** The same minute ranges on each of the given days (default Monday to Friday). */
export function weekdayHours(
  ranges: readonly WireMinuteRange[],
  days: readonly WireWeekday[] = WORKDAYS,
): Partial<Record<WireWeekday, readonly WireMinuteRange[]>> {
  return Object.fromEntries(days.map((day) => [day, ranges.map((range) => ({ ...range }))]));
}
