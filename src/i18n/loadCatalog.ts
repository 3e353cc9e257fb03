import type { CatalogLocale } from './catalogLocales';
import { defaultMessages, type Messages } from './Messages';

const loaded = new Map<CatalogLocale, Messages>([['en', defaultMessages]]);
const loading = new Map<CatalogLocale, Promise<Messages>>();

/** A catalog already in memory (English always is), for a first render without waiting. */
export function peekCatalog(locale: CatalogLocale): Messages | undefined {
  return loaded.get(locale);
}

/**
 * Loads a catalog once and keeps it; widgets asking at the same time share one request. A failed
 * load is forgotten so a later call tries again (a dropped connection is not forever).
 */
export function loadCatalog(locale: CatalogLocale): Promise<Messages> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    // The map of every catalog's chunk is itself a chunk: English-only pages never fetch it.
    pending = import('./importCatalog')
      .then((module) => module.importCatalog(locale))
      .then(
      (messages) => {
        loaded.set(locale, messages);
        loading.delete(locale);
        return messages;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}
