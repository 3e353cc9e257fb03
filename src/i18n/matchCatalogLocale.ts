import { catalogLocales, pseudoLocale, type CatalogLocale } from './catalogLocales';

const byLowerCase = new Map<string, CatalogLocale>(catalogLocales.map((locale) => [locale.toLowerCase(), locale]));

/** Latin American and US Spanish read es-419; Spain (and Equatorial Guinea) read es. */
const SPAIN_SPANISH = new Set(['ES', 'GQ', 'EA', 'IC']);
/** British English for the Commonwealth and Ireland; en (American) elsewhere. */
const BRITISH_ENGLISH = new Set(['GB', 'IE', 'AU', 'NZ', 'IN', 'ZA', 'SG', 'HK', 'MT', 'CY', 'GI', 'IM', 'JE', 'GG', 'KE', 'NG', 'PK']);

function maximize(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined; // Not a well-formed tag.
  }
}

/**
 * The shipped catalog that best fits a BCP 47 tag, or undefined when none is in its language:
 * 'de-AT' → 'de', 'pt' → 'pt-BR', 'pt-AO' → 'pt-PT', 'es-MX' → 'es-419', 'zh-Hant-HK' and 'zh-HK' →
 * 'zh-TW', 'zh-SG' → 'zh-CN', 'en-AU' → 'en-GB', 'no' and 'nn' → 'nb', 'iw' → 'he'. POSIX-style
 * tags ('pt_BR') are accepted. The pseudo-locale matches only when named exactly.
 */
export function matchCatalogLocale(tag: string | undefined): CatalogLocale | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  const cleaned = tag.trim().replace(/_/g, '-');
  const exact = byLowerCase.get(cleaned.toLowerCase());
  if (exact) return exact;
  const locale = maximize(cleaned);
  if (!locale) return undefined;
  const { language, script, region = '' } = locale;
  switch (language) {
    case 'zh':
      return script === 'Hant' ? 'zh-TW' : 'zh-CN';
    case 'pt':
      return region === 'BR' ? 'pt-BR' : 'pt-PT';
    case 'es':
      return SPAIN_SPANISH.has(region) ? 'es' : 'es-419';
    case 'fr':
      return region === 'CA' ? 'fr-CA' : 'fr';
    case 'en':
      return BRITISH_ENGLISH.has(region) ? 'en-GB' : 'en';
    case 'no':
    case 'nn':
      return 'nb';
    default: {
      const match = byLowerCase.get(language);
      return match === pseudoLocale ? undefined : match;
    }
  }
}
