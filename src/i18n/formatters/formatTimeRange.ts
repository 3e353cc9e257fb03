import { toDateKey } from '../../scheduling/toDateKey';
import type { TimeFormatOptions } from './TimeFormatOptions';
import { formatTime } from './formatTime';
import { getTimeFormat } from './getTimeFormat';
import { normalizeSpaces } from './normalizeSpaces';

/**
 * A start–end time range in a zone, in the locale's range style: '4:45 – 5:00 PM' (en-US),
 * '16:45–17:00' (de-DE). Across midnight, or where `formatRange` is missing, the two times joined
 * by an en dash, each complete ('11:45 PM – 12:15 AM'), since Intl would add dates to the range.
 */
export function formatTimeRange(start: number, end: number, options: TimeFormatOptions): string {
  const format = getTimeFormat(options);
  const sameDay = toDateKey(start, options.timezone) === toDateKey(end, options.timezone);
  if (typeof format.formatRange === 'function' && end >= start && sameDay) {
    return normalizeSpaces(format.formatRange(start, end));
  }
  return `${formatTime(start, options)} – ${formatTime(end, options)}`;
}
