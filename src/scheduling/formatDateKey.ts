/**
 * Builds a date key `yyyy-MM-dd` from calendar numbers, normalising overflow the way `Date.UTC` does
 * (day 32 of January is February 1st). Works on UTC dates so the process time zone never matters.
 */
export function formatDateKey(year: number, month: number, day: number): string {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 literal.
  date.setUTCFullYear(year, month - 1, day);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}
