import { cachedDateTimeFormat } from '../../scheduling/cachedDateTimeFormat';
import type { TimeFormatOptions } from './TimeFormatOptions';
import { defaultHourCycle } from './defaultHourCycle';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The shared hour-and-minute formatter for `formatTime` and `formatTimeRange`. A 24-hour clock gets
 * two-digit hours ('02:30', CLDR's HH:mm in en-GB, de, fr…), a 12-hour one numeric hours ('2:30 AM').
 */
export function getTimeFormat({ timezone, locale, hourCycle, timeZoneName }: TimeFormatOptions): Intl.DateTimeFormat {
  // Called for every slot button: a flat string key is cheaper than the general cache's.
  const key = `${locale}|${timezone}|${hourCycle ?? ''}|${timeZoneName ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    const cycle = hourCycle ?? defaultHourCycle(locale);
    format = cachedDateTimeFormat(locale, {
      timeZone: timezone,
      hour: cycle === 'h23' ? '2-digit' : 'numeric',
      minute: '2-digit',
      hourCycle: cycle,
      timeZoneName,
    });
    formats.set(key, format);
  }
  return format;
}
