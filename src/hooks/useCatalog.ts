import { useEffect, useState } from 'react';
import type { CatalogLocale } from '../i18n/catalogLocales';
import { loadCatalog, peekCatalog } from '../i18n/loadCatalog';
import { defaultMessages, type Messages } from '../i18n/Messages';

const warned = new Set<string>();

/**
 * A catalog's messages, or undefined while it loads (callers keep their skeleton up rather than
 * flash English and swap). One already in memory is there on the first render. A catalog that
 * cannot load gives English, with one console warning, and never an error on screen.
 */
export function useCatalog(locale: CatalogLocale): Messages | undefined {
  const ready = peekCatalog(locale);
  const [settled, setSettled] = useState<{ locale: CatalogLocale; messages: Messages }>();
  useEffect(() => {
    if (peekCatalog(locale)) return;
    let live = true;
    loadCatalog(locale).then(
      (messages) => {
        if (live) setSettled({ locale, messages });
      },
      (error: unknown) => {
        if (!warned.has(locale)) {
          warned.add(locale);
          console.warn(`[meeting-scheduler] the ${locale} messages could not load; showing English.`, error);
        }
        if (live) setSettled({ locale, messages: defaultMessages });
      },
    );
    return () => {
      live = false;
    };
  }, [locale]);
  return ready ?? (settled?.locale === locale ? settled.messages : undefined);
}
