import { addDaysToKey } from '../../scheduling/addDaysToKey';

const formats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * "Today" or "Tomorrow" in the locale's own words (`Intl.RelativeTimeFormat` with `numeric:
 * 'auto'`, so no catalog has to spell them), capitalized to stand above a date; undefined for any
 * other day, where a relative phrase ("in 9 days") reads worse than the date itself.
 */
export function formatRelativeDay(date: string, today: string, locale: string): string | undefined {
  const offset = date === today ? 0 : date === addDaysToKey(today, 1) ? 1 : undefined;
  if (offset === undefined) return undefined;
  let format = formats.get(locale);
  if (!format) {
    try {
      format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    } catch {
      // As formatList: a host rendering SlotList with a malformed tag gets English, not a crash.
      format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    }
    formats.set(locale, format);
  }
  const text = format.format(offset, 'day');
  return text.charAt(0).toLocaleUpperCase(format.resolvedOptions().locale) + text.slice(1);
}
