import { addDaysToKey } from '../../scheduling/addDaysToKey';
import type { DayOfWeek } from '../../scheduling/DayOfWeek';
import { formatDateKey } from '../../scheduling/formatDateKey';
import { parseDateKey } from '../../scheduling/parseDateKey';
import { weekdayOfKey } from '../../scheduling/weekdayOfKey';

/** Options of {@link calendarKeyTarget}. */
export interface CalendarKeyOptions {
  weekStartsOn: DayOfWeek;
  /** Right to left: ArrowLeft moves forward in time, as the grid is mirrored. */
  rtl: boolean;
}

/** The same day of the month `n` months away, clamped to that month's last day (Jan 31 → Feb 28). */
export function addMonthsToDateKey(dateKey: string, n: number): string {
  const { year, month, day } = parseDateKey(dateKey);
  const lastDay = new Date(Date.UTC(year, month - 1 + n + 1, 0)).getUTCDate();
  const target = new Date(Date.UTC(year, month - 1 + n, 1));
  return formatDateKey(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(day, lastDay));
}

/**
 * The day a key of the WAI-ARIA date grid moves focus to, or undefined for keys the grid does
 * not handle: arrows by day and week, Home/End to the week's start/end, PageUp/PageDown by month
 * (with Shift by year).
 */
export function calendarKeyTarget(
  key: string,
  date: string,
  { weekStartsOn, rtl }: CalendarKeyOptions,
  shiftKey = false,
): string | undefined {
  const forward = rtl ? -1 : 1;
  switch (key) {
    case 'ArrowRight':
      return addDaysToKey(date, forward);
    case 'ArrowLeft':
      return addDaysToKey(date, -forward);
    case 'ArrowDown':
      return addDaysToKey(date, 7);
    case 'ArrowUp':
      return addDaysToKey(date, -7);
    case 'Home':
      return addDaysToKey(date, -((weekdayOfKey(date) - weekStartsOn + 7) % 7));
    case 'End':
      return addDaysToKey(date, 6 - ((weekdayOfKey(date) - weekStartsOn + 7) % 7));
    case 'PageUp':
      return addMonthsToDateKey(date, shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonthsToDateKey(date, shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}
