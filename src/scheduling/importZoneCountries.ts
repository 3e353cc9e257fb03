/**
 * Loads the zone → country table (searchTimeZones' `countries`) as a chunk of its own. The
 * script-tag build swaps this module for src/embed/importEmbedZoneCountries.ts, which loads the
 * same table from a file next to the bundle instead of inlining it.
 */
export function importZoneCountries(): Promise<ReadonlyMap<string, string>> {
  return import('./zoneCountries').then((module) => module.zoneCountries());
}
