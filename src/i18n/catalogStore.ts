import type { CatalogLocale } from './catalogLocales';
import { defaultFlowMessages, type CatalogMessages } from './FlowMessages';

// English as the first load has it; the form's chunk adds its own strings (see FlowMessages).
const loaded = new Map<CatalogLocale, CatalogMessages>([['en', defaultFlowMessages]]);
const loading = new Map<CatalogLocale, Promise<CatalogMessages>>();

/** A catalog already in memory (English always is), for a first render without waiting. */
export function peekCatalogMessages(locale: CatalogLocale): CatalogMessages | undefined {
  return loaded.get(locale);
}

/**
 * Loads a catalog once and keeps it; widgets asking at the same time share one request. A failed
 * load is forgotten so a later call tries again (a dropped connection is not forever).
 */
export function loadCatalogMessages(locale: CatalogLocale): Promise<CatalogMessages> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    // The map of every catalog's chunk is itself a chunk: English-only pages never fetch it.
    pending = import('./importCatalog')
      .then((module) => module.importCatalog(locale))
      .then(
      (messages: CatalogMessages) => {
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
