function supported(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  try {
    // HubSpot and some hosts write locales POSIX-style ('en_US').
    const [canonical] = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'));
    return canonical ? Intl.DateTimeFormat.supportedLocalesOf(canonical)[0] : undefined;
  } catch {
    return undefined; // Not a well-formed BCP 47 tag.
  }
}

/**
 * The locale to format with: `preferred` when it is a well-formed tag Intl supports (canonicalised:
 * 'en_us' → 'en-US'), else the browser's `navigator.language`, else 'en-US'.
 */
export function resolveLocale(preferred?: string): string {
  const browser = typeof navigator === 'undefined' ? undefined : navigator.language;
  return supported(preferred) ?? supported(browser) ?? 'en-US';
}
