import { isValidTimeZone } from './isValidTimeZone';

/**
 * The browser's zone as Intl reports it, when Intl accepts it, else undefined. The script-tag
 * builds swap this module for `src/embed/systemTimeZoneFromTemporal.ts`.
 */
export function systemTimeZone(): string | undefined {
  let zone: string | undefined;
  try {
    zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  return isValidTimeZone(zone) ? zone : undefined;
}
