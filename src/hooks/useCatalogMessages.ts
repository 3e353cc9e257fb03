import { useEffect, useState } from 'react';
import type { CatalogLocale } from '../i18n/catalogLocales';
import { loadCatalogMessages, peekCatalogMessages } from '../i18n/catalogStore';
import { defaultFlowMessages, type CatalogMessages } from '../i18n/FlowMessages';

const warned = new Set<string>();

/**
 * A catalog's messages as the flow holds them (English without the form's strings: see
 * `CatalogMessages`), or undefined while it loads (callers keep their skeleton up rather than
 * flash English and swap). One already in memory is there on the first render. A catalog that
 * cannot load gives English, with one console warning, and never an error on screen.
 */
export function useCatalogMessages(locale: CatalogLocale): CatalogMessages | undefined {
  const ready = peekCatalogMessages(locale);
  const [settled, setSettled] = useState<{ locale: CatalogLocale; messages: CatalogMessages }>();
  useEffect(() => {
    if (peekCatalogMessages(locale)) return;
    let live = true;
    loadCatalogMessages(locale).then(
      (messages) => {
        if (live) setSettled({ locale, messages });
      },
      (error: unknown) => {
        if (!warned.has(locale)) {
          warned.add(locale);
          console.warn(`[meeting-scheduler] the ${locale} messages could not load; showing English.`, error);
        }
        if (live) setSettled({ locale, messages: defaultFlowMessages });
      },
    );
    return () => {
      live = false;
    };
  }, [locale]);
  return ready ?? (settled?.locale === locale ? settled.messages : undefined);
}
