/**
 * Milliseconds to wait from a `Retry-After` header: delta-seconds or an HTTP date (which carries
 * its own zone, so the result does not depend on the machine's). Absent when missing or unreadable;
 * a date in the past gives 0.
 */
export function readRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
