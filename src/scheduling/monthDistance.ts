import { parseMonthKey } from './parseMonthKey';

/**
 * Whole months from `from` to `to` (both `yyyy-MM`), negative when `to` is earlier. This is the
 * `monthOffset` of the availability call: `monthDistance(currentMonthKey(now, tz), shownMonth)`.
 */
export function monthDistance(from: string, to: string): number {
  const a = parseMonthKey(from);
  const b = parseMonthKey(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}
