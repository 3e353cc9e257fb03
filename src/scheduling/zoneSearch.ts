import { searchTimeZones } from './searchTimeZones';
import { zoneCountries } from './zoneCountries';

/** searchTimeZones with the zone → country table bound: what the zone picker searches with. */
export type ZoneSearch = (query: string, zones: string[], at: number, locale: string) => string[];

/**
 * The zone picker's full search, loaded as one chunk when a picker first opens (never in the first
 * load): the ranking, offsets, names and abbreviations, and country names from the table.
 */
export function zoneSearch(): ZoneSearch {
  const countries = zoneCountries();
  return (query, zones, at, locale) => searchTimeZones(query, zones, at, locale, countries);
}
