import { cachedDateTimeFormat } from '../../scheduling/cachedDateTimeFormat';
import type { TimeFormatOptions } from './TimeFormatOptions';
import { normalizeSpaces } from './normalizeSpaces';

/** Hour and minute of an instant in a zone: '4:45 PM' (en-US), '16:45' (de-DE or `hourCycle: 'h23'`). */
export function formatTime(epochMs: number, { timeZone, locale, hourCycle }: TimeFormatOptions): string {
  const format = cachedDateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit', hourCycle });
  return normalizeSpaces(format.format(epochMs));
}
