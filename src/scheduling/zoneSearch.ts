import { listTimeZones } from './listTimeZones';
import { searchTimeZones } from './searchTimeZones';
import { zoneCountries } from './zoneCountries';

/** searchTimeZones with the zone → country table bound: what the zone picker searches with. */
export type ZoneSearch = (query: string, zones: string[], at: number, locale: string) => string[];

/** What the zone picker's chunk brings: the full search, and a zone list for any engine. */
export interface ZonePickerSearch {
  search: ZoneSearch;
  /** {@link listTimeZones}: where Intl cannot list its zones, the picker's list waits for this. */
  listZones: () => string[];
}

/**
 * The zone picker's full search, loaded as one chunk when a picker first opens (never in the first
 * load): the ranking, offsets, names and abbreviations, country names from the table, and the
 * fallback zone list of old engines.
 */
export function zoneSearch(): ZonePickerSearch {
  const countries = zoneCountries();
  return { search: (query, zones, at, locale) => searchTimeZones(query, zones, at, locale, countries), listZones: listTimeZones };
}
