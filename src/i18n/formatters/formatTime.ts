import type { TimeFormatOptions } from './TimeFormatOptions';
import { getTimeFormat } from './getTimeFormat';
import { normalizeSpaces } from './normalizeSpaces';

/** Hour and minute of an instant in a zone: '4:45 PM' (en-US), '16:45' (de-DE or `hourCycle: 'h23'`). */
export function formatTime(epochMs: number, options: TimeFormatOptions): string {
  return normalizeSpaces(getTimeFormat(options).format(epochMs));
}
