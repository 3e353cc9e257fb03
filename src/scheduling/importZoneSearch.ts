import type { ZonePickerSearch } from './zoneSearch';

/**
 * Loads the zone picker's full search (src/scheduling/zoneSearch.ts) as a chunk of its own. The
 * script-tag build swaps this module for src/embed/importEmbedZoneSearch.ts, which loads the same
 * code from a file next to the bundle instead of inlining it.
 */
export function importZoneSearch(): Promise<ZonePickerSearch> {
  return import('./zoneSearch').then((module) => module.zoneSearch());
}
