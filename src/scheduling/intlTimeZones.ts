import { modernTimeZoneName } from './modernTimeZoneName';

/** A zone list as pickers show it: current names, `UTC` in (Intl's list leaves it out), sorted, once each. */
export function tidyZoneList(zones: readonly string[]): string[] {
  return [...new Set([...zones.map(modernTimeZoneName), 'UTC'])].sort();
}

let cached: string[] | null | undefined;

/**
 * Every IANA zone the engine knows, tidied, or undefined on engines without
 * `Intl.supportedValuesOf` (Safari < 15.4). Returns a fresh array the caller may change.
 */
export function intlTimeZones(): string[] | undefined {
  if (cached === undefined) {
    try {
      cached = tidyZoneList(Intl.supportedValuesOf('timeZone'));
    } catch {
      cached = null;
    }
  }
  return cached ? [...cached] : undefined;
}
