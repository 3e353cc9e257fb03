/** An HTTP date as RFC 9110 writes it (`Sun, 06 Nov 1994 08:49:37 GMT`); the GMT makes it zone-free. */
const HTTP_DATE = /^(?:[a-z]{3},\s*)?\d{1,2}[ -][a-z]{3}[ -]\d{2,4} \d{2}:\d{2}:\d{2} GMT$/i;

/**
 * Milliseconds to wait from a `Retry-After` header: delta-seconds or an HTTP date. Absent when
 * missing or unreadable (engines parse almost any text as some date, so the format is checked
 * first); a date in the past gives 0.
 */
export function readRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!HTTP_DATE.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
