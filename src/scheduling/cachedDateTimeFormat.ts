const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * A shared `Intl.DateTimeFormat` per locale and options. Constructing one costs tens of
 * microseconds, formatting with one about one; grouping tens of thousands of slots or labelling
 * 42 calendar cells per render needs the cache.
 *
 * An unsupported or malformed locale falls back to `en-US` rather than crashing the widget; an
 * invalid `timeZone` still throws a RangeError (callers validate zones with `isValidTimeZone`).
 */
export function cachedDateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch (error) {
      if (locale === 'en-US') throw error;
      // Either the locale or the zone was bad; retrying with a known-good locale tells them apart.
      format = new Intl.DateTimeFormat('en-US', options);
    }
    cache.set(key, format);
  }
  return format;
}
