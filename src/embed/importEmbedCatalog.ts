import type { CatalogLocale } from '../i18n/catalogLocales';
import type { Messages } from '../i18n/Messages';
import { embedAssetUrl } from './embedAssetUrl';

/**
 * The script-tag build's `importCatalog` (swapped in by scripts/build/vite.embed.config.ts): the
 * bundle is one file, so catalogs are ES modules in `locales/` next to it (built by
 * scripts/build/vite.locales.config.ts), imported from the bundle's own URL.
 */
export function importCatalog(locale: CatalogLocale): Promise<Messages> {
  const url = embedAssetUrl(`locales/${locale}.js`);
  return (import(/* @vite-ignore */ url) as Promise<{ default: Messages }>).then((module) => module.default);
}
