import { withCatalogDigits } from './catalogDigits';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * A whole number in the locale's own digits where Intl gives them: '3' (de), '۳' (fa), '٣' (ar
 * under an ar-EG widget, see `alignCatalogDigits`).
 */
export function formatNumber(value: number, catalogLocale: string): string {
  const locale = withCatalogDigits(catalogLocale);
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    cache.set(locale, format);
  }
  return format.format(value);
}
