import type { CatalogLocale } from '../i18n/catalogLocales';
import type { Messages } from '../i18n/Messages';
import { importBesideEmbed } from './importBesideEmbed';

/**
 * The script-tag build's `importCatalog` (swapped in by scripts/build/vite.embed.config.ts): the
 * bundle is one file, so catalogs are ES modules in `locales/` next to it (built by
 * scripts/build/vite.locales.config.ts), imported from the bundle's own URL.
 */
export function importCatalog(locale: CatalogLocale): Promise<Messages> {
  return importBesideEmbed<{ default: Messages }>(`locales/${locale}.js`).then((module) => module.default);
}
