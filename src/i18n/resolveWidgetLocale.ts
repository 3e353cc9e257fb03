import type { CatalogLocale } from './catalogLocales';
import { matchCatalogLocale } from './matchCatalogLocale';
import { resolveLocale } from './resolveLocale';

/** Where the widget's language may come from, in order of precedence. */
export interface LocaleSources {
  /** The host's `locale` prop or attribute. */
  prop?: string;
  /** The scheduling page's own language: booking info's `locale`, else its `language`. */
  page?: string | undefined;
  /** The visitor's languages, best first (`navigator.languages`). */
  browser?: readonly string[];
}

/** The widget's language: the catalog to speak and the locale to format dates and numbers in. */
export interface WidgetLocale {
  /** The shipped catalog ('en' when none fits). */
  catalog: CatalogLocale;
  /** The BCP 47 locale for Intl, canonicalised ('de-AT' with the 'de' catalog). */
  locale: string;
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/**
 * Picks the widget's language (DESIGN §5): the `locale` prop, else the page's language, else the
 * first browser language with a catalog; English when none has one. A prop is the host's choice,
 * so its dates stay in that locale even without a catalog (the host may pass its own `messages`);
 * the page's and the browser's languages are only taken when a catalog speaks them, so dates and
 * texts never end up in two languages.
 */
export function resolveWidgetLocale({ prop, page, browser = browserLanguages() }: LocaleSources): WidgetLocale {
  const explicit = typeof prop === 'string' && prop.trim() !== '' ? resolveLocale(prop) : undefined;
  if (explicit) return { catalog: matchCatalogLocale(explicit) ?? 'en', locale: explicit };
  for (const candidate of [page, ...browser]) {
    const catalog = matchCatalogLocale(candidate);
    if (catalog && candidate) return { catalog, locale: resolveLocale(candidate) };
  }
  return { catalog: 'en', locale: 'en-US' };
}
