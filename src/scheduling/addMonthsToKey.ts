import { parseMonthKey } from './parseMonthKey';

/** The month key `n` months after (negative: before) `monthKey`. Named apart from date-fns' `addMonths`. */
export function addMonthsToKey(monthKey: string, n: number): string {
  const { year, month } = parseMonthKey(monthKey);
  const index = year * 12 + (month - 1) + Math.trunc(n);
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}`;
}
