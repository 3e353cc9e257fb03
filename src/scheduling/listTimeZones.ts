import { fallbackTimeZones } from './fallbackTimeZones';
import { intlTimeZones, tidyZoneList } from './intlTimeZones';

let fallback: string[] | undefined;

/**
 * Every IANA zone the engine knows, by current name, sorted, with `UTC` included (Intl's list
 * leaves it out); a shorter list of one zone per offset and the most asked-for cities where the
 * engine cannot list its zones. Returns a fresh array the caller may change.
 */
export function listTimeZones(): string[] {
  return intlTimeZones() ?? [...(fallback ??= tidyZoneList(fallbackTimeZones))];
}
