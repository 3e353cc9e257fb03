/**
 * Every locale the widget ships a catalog for. English is built in; the others are loaded on
 * demand from `src/i18n/catalogs/<locale>.ts` (library) or `locales/<locale>.js` next to the
 * script-tag bundle. `en-XA` is the pseudo-locale (accented, bracketed English) for testing.
 */
export const catalogLocales = [
  'ar', 'bg', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'es-419', 'et', 'fa', 'fi', 'fr', 'fr-CA',
  'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'nb', 'nl', 'pl', 'pt-BR', 'pt-PT',
  'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'th', 'tr', 'uk', 'vi', 'zh-CN', 'zh-TW', 'en-XA',
] as const;

/** A locale with a shipped catalog. */
export type CatalogLocale = (typeof catalogLocales)[number];

/** The pseudo-locale: never chosen from a browser's languages, only when asked for by name. */
export const pseudoLocale = 'en-XA' satisfies CatalogLocale;
