import { systemTimeZone as intlSystemTimeZone } from '../scheduling/systemTimeZone';

type WithTemporal = { Temporal?: { Now?: { timeZoneId?: () => unknown } } };

/**
 * The browser's zone from `Temporal.Now` where the engine has it (Chromium 144+, Firefox 139+),
 * else from Intl. The first `Intl.DateTimeFormat` of a page pays ICU's start-up, about 30 ms on a
 * slow machine, and the loader would pay it before its request could start; Temporal names the
 * same zone (both read ICU's default zone) in well under 1 ms. Offset ids ('+05:30') go the Intl
 * way. The script-tag builds only (see embedBuildConfig.ts): the library's first load is at its
 * budget, and the loader is where the request waits on the zone.
 */
export function systemTimeZone(): string | undefined {
  let id: unknown;
  try {
    id = (globalThis as WithTemporal).Temporal?.Now?.timeZoneId?.();
  } catch {
    id = undefined;
  }
  return typeof id === 'string' && /^[A-Za-z]/.test(id) ? id : intlSystemTimeZone();
}
