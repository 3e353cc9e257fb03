const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Splits a date key `yyyy-MM-dd` into numbers (month 1–12).
 * Throws a RangeError naming the bad value, because a malformed key is a programming error
 * that would otherwise surface later as a silently wrong calendar.
 */
export function parseDateKey(dateKey: string): { year: number; month: number; day: number } {
  const match = DATE_KEY.exec(dateKey);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  // Round-trip through Date.UTC rejects impossible days such as 2025-02-30.
  const probe = new Date(Date.UTC(2000, month - 1, day));
  if (!match || month < 1 || month > 12 || day < 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`Invalid date key "${dateKey}": expected yyyy-MM-dd`);
  }
  if (month === 2 && day === 29 && !isLeapYear(year)) {
    throw new RangeError(`Invalid date key "${dateKey}": ${year} is not a leap year`);
  }
  return { year, month, day };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
