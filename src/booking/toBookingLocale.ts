/**
 * The locale as the book body carries it: lower-case BCP 47 like the documentation's `en-us`.
 * An unusable tag falls back to `en-us` rather than failing the booking over a label.
 */
export function toBookingLocale(locale: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale.trim());
    if (canonical) return canonical.toLowerCase();
  } catch {
    // RangeError for a malformed tag: fall through to the default.
  }
  return 'en-us';
}
