import type { CatalogLocale } from './catalogLocales';
import { loadCatalogMessages, peekCatalogMessages } from './catalogStore';
import type { Messages } from './Messages';
import { withBookingMessages } from './withBookingMessages';

/** A catalog already in memory (English always is), for a first render without waiting. */
export function peekCatalog(locale: CatalogLocale): Messages | undefined {
  const messages = peekCatalogMessages(locale);
  return messages && withBookingMessages(messages);
}

/**
 * Loads a catalog once and keeps it; widgets asking at the same time share one request. A failed
 * load is forgotten so a later call tries again (a dropped connection is not forever).
 */
export function loadCatalog(locale: CatalogLocale): Promise<Messages> {
  return loadCatalogMessages(locale).then(withBookingMessages);
}
