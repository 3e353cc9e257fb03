/// <reference types="vite/client" />
import type { CatalogLocale } from './catalogLocales';
import type { Messages } from './Messages';

// One chunk per catalog (dist/i18n/catalogs/<locale>.js): an app's bundler splits each off, and
// only the one in use is ever fetched. The script-tag build swaps this module for
// src/embed/importEmbedCatalog.ts, which loads the same catalogs from files next to the bundle.
const importers = import.meta.glob<{ default: Messages }>('./catalogs/*.ts');

/** Loads a catalog's module; rejects when there is none or it cannot load. */
export function importCatalog(locale: CatalogLocale): Promise<Messages> {
  const importer = importers[`./catalogs/${locale}.ts`];
  if (!importer) return Promise.reject(new Error(`No catalog for ${locale}`));
  return importer().then((module) => module.default);
}
