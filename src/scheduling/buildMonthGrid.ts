import type { DayOfWeek } from './DayOfWeek';
import type { MonthGrid } from './MonthGrid';
import type { MonthGridDay } from './MonthGridDay';
import { formatDateKey } from './formatDateKey';
import { parseMonthKey } from './parseMonthKey';

/** Options of {@link buildMonthGrid}. */
export interface BuildMonthGridOptions {
  /**
   * Always return 6 weeks, so the calendar keeps its height from month to month. Default false.
   * @defaultValue false
   */
  fixedWeeks?: boolean;
}

/**
 * Lays out a month (`yyyy-MM`) as weeks of 7 days beginning on `weekStartsOn`, padded with the
 * neighbouring months' days (`inMonth: false`). Four to six weeks, or always six with `fixedWeeks`.
 */
export function buildMonthGrid(monthKey: string, weekStartsOn: DayOfWeek, options: BuildMonthGridOptions = {}): MonthGrid {
  const { year, month } = parseMonthKey(monthKey);
  const first = new Date(0);
  first.setUTCFullYear(year, month - 1, 1);
  const lead = (first.getUTCDay() - weekStartsOn + 7) % 7;
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  const daysInMonth = last.getUTCDate();
  const weekCount = options.fixedWeeks ? 6 : Math.ceil((lead + daysInMonth) / 7);
  const weeks: MonthGrid = [];
  for (let w = 0; w < weekCount; w++) {
    const week: MonthGridDay[] = [];
    for (let d = 0; d < 7; d++) {
      const dayOfMonth = w * 7 + d - lead + 1;
      week.push({
        date: formatDateKey(year, month, dayOfMonth),
        inMonth: dayOfMonth >= 1 && dayOfMonth <= daysInMonth,
      });
    }
    weeks.push(week);
  }
  return weeks;
}
