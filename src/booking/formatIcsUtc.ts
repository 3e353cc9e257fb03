/** An instant as an iCalendar UTC date-time (`YYYYMMDDTHHMMSSZ`, RFC 5545 §3.3.5 form 2). */
export function formatIcsUtc(epochMs: number): string {
  // toISOString is always UTC, whatever the process zone; only the separators differ.
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}
