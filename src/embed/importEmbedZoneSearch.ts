import type { ZonePickerSearch } from '../scheduling/zoneSearch';
import { importBesideEmbed } from './importBesideEmbed';

/**
 * The script-tag build's `importZoneSearch` (swapped in by scripts/build/embedBuildConfig.ts): the
 * search and its zone → country table (~4.5 kB gzip) are `locales/zone-search.js` beside the
 * bundle, fetched when a zone picker first opens, not part of the embed's first file.
 */
export function importZoneSearch(): Promise<ZonePickerSearch> {
  return importBesideEmbed<{ zoneSearch: () => ZonePickerSearch }>('locales/zone-search.js').then((module) => module.zoneSearch());
}
