const cache = new Map<string, Intl.ListFormat>();

/**
 * Names joined the locale's way through `Intl.ListFormat`: 'Ada, Grace und Linus' (de,
 * `conjunction`), 'Ada, Grace ou Linus' (fr, `disjunction`), 'Ada、Grace、Linus' (ja).
 */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = `${locale}|${type}`;
  let format = cache.get(key);
  if (!format) {
    try {
      format = new Intl.ListFormat(locale, { type, style: 'long' });
    } catch {
      format = new Intl.ListFormat('en', { type, style: 'long' });
    }
    cache.set(key, format);
  }
  return format.format(items);
}
