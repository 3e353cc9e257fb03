import { parseDateKey } from '../../scheduling/parseDateKey';

const cache = new Map<string, Intl.RelativeTimeFormat>();

function dayNumber(dateKey: string): number {
  const { year, month, day } = parseDateKey(dateKey);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/**
 * 'today', 'tomorrow', 'morgen', 'завтра' for a day key relative to today's key, through
 * `Intl.RelativeTimeFormat` with `numeric: 'auto'`; undefined beyond `maxDays` away, where the
 * date itself says more than 'in 5 days'.
 */
export function formatRelativeDay(dateKey: string, todayKey: string, locale: string, maxDays = 1): string | undefined {
  const offset = dayNumber(dateKey) - dayNumber(todayKey);
  if (Math.abs(offset) > maxDays) return undefined;
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    cache.set(locale, format);
  }
  return format.format(offset, 'day');
}
