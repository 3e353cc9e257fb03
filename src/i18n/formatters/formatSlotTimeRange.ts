import { isRepeatedWallTime } from '../../scheduling/isRepeatedWallTime';
import type { TimeFormatOptions } from './TimeFormatOptions';
import { formatTimeRange } from './formatTimeRange';

/**
 * A booked or chosen time range, with the zone's short name when a DST fall-back repeats its
 * start or end ('1:30 – 2:00 AM EST'): the zone's generic name alone ('Eastern Time') cannot say
 * which of the two 1:30s it is.
 */
export function formatSlotTimeRange(start: number, end: number, options: TimeFormatOptions): string {
  const repeated = isRepeatedWallTime(start, options.timezone) || isRepeatedWallTime(end, options.timezone);
  return formatTimeRange(start, end, repeated ? { ...options, timeZoneName: 'short' } : options);
}
