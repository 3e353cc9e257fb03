import type { CatalogLocale } from '../i18n/catalogLocales';
import type { Messages } from '../i18n/Messages';
import { withBookingMessages } from '../i18n/withBookingMessages';
import { useCatalogMessages } from './useCatalogMessages';

/**
 * A catalog's messages, or undefined while it loads (callers keep their skeleton up rather than
 * flash English and swap). One already in memory is there on the first render. A catalog that
 * cannot load gives English, with one console warning, and never an error on screen.
 */
export function useCatalog(locale: CatalogLocale): Messages | undefined {
  const messages = useCatalogMessages(locale);
  return messages && withBookingMessages(messages);
}
