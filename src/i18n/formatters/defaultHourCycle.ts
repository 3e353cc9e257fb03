import type { HourCycle } from '../../model/HourCycle';
import { cachedDateTimeFormat } from '../../scheduling/cachedDateTimeFormat';

/** The clock a locale uses by default: 'h12' for en-US, 'h23' for en-GB and de-DE. */
export function defaultHourCycle(locale: string): HourCycle {
  const options = cachedDateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' }).resolvedOptions();
  // Older engines report only `hour12`; h11 (0–11) and h24 (1–24) fold into the two clocks offered.
  if (options.hourCycle) return options.hourCycle === 'h11' || options.hourCycle === 'h12' ? 'h12' : 'h23';
  return options.hour12 ? 'h12' : 'h23';
}
