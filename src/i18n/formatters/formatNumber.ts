const cache = new Map<string, Intl.NumberFormat>();

/** A whole number in the locale's own digits where Intl gives them: '3' (de), '۳' (fa), '٣' (ar-EG). */
export function formatNumber(value: number, locale: string): string {
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    cache.set(locale, format);
  }
  return format.format(value);
}
