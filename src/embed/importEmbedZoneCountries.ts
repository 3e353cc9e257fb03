import { importBesideEmbed } from './importBesideEmbed';

/**
 * The script-tag build's `importZoneCountries` (swapped in by scripts/build/embedBuildConfig.ts):
 * the table (~4 kB gzip) is `locales/zone-countries.js` beside the bundle, fetched when a zone
 * picker first opens, not part of the embed's first file.
 */
export function importZoneCountries(): Promise<ReadonlyMap<string, string>> {
  return importBesideEmbed<{ zoneCountries: () => ReadonlyMap<string, string> }>('locales/zone-countries.js').then((module) =>
    module.zoneCountries(),
  );
}
