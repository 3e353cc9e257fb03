const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/** Splits a month key `yyyy-MM` into numbers (month 1–12); throws a RangeError on a malformed key. */
export function parseMonthKey(monthKey: string): { year: number; month: number } {
  const match = MONTH_KEY.exec(monthKey);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) {
    throw new RangeError(`Invalid month key "${monthKey}": expected yyyy-MM`);
  }
  return { year, month };
}
