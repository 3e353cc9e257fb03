import { cachedDateTimeFormat } from './cachedDateTimeFormat';
import { getTimeZoneOffset } from './getTimeZoneOffset';
import { normalizeZoneText as normalize } from './normalizeZoneText';

// '+5:30', '+0530', 'GMT+5', 'utc -05:00', '−3' (a typographic minus, as Intl prints it).
const OFFSET_QUERY = /^(?:gmt|utc)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/;

/** Offset bounds in minutes a query asks for; a bare hour ('+5') matches every offset in that hour. */
function parseOffsetQuery(query: string): { min: number; max: number } | undefined {
  const match = OFFSET_QUERY.exec(query);
  if (!match) return undefined;
  const sign = match[1] === '+' ? 1 : -1;
  const hours = Number(match[2]);
  if (match[3] !== undefined) {
    const minutes = sign * (hours * 60 + Number(match[3]));
    return { min: minutes, max: minutes };
  }
  return sign > 0 ? { min: hours * 60, max: hours * 60 + 59 } : { min: -(hours * 60 + 59), max: -hours * 60 };
}

function zoneName(timeZone: string, locale: string, style: 'short' | 'longGeneric', at: number): string {
  try {
    const part = cachedDateTimeFormat(locale, { timeZone, timeZoneName: style })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return part ? normalize(part.value) : '';
  } catch {
    // An engine without `longGeneric`, or a zone it does not know: no name to match.
    return '';
  }
}

// Abbreviations are regional: en-US writes 'GMT+1' where en-GB writes 'CET' and en-IN 'IST'.
const ABBREVIATION_LOCALES = ['en-GB', 'en-IN', 'en-AU'];

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** The country's name in `locale`, normalized; '' when the engine has no Intl.DisplayNames. */
function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names ? normalize(names.of(code) ?? '') : '';
  } catch {
    return '';
  }
}

/**
 * Filters and ranks `zones` for what a visitor typed: city or region names in any spelling
 * ('new york', 'New_York', 'sao paulo'), UTC offsets at the instant `at` ('+5:30', 'GMT-5'),
 * names or abbreviations in `locale` and in English ('Eastern', 'PST'), and, given the zone →
 * country table (`countries`, loaded with the picker), country names ('India', 'Deutschland').
 * Best matches first (city prefix, word prefix, abbreviation, country, zone name, substring;
 * offsets), otherwise in input order. An empty query returns all zones.
 */
export function searchTimeZones(
  query: string,
  zones: string[],
  at: number,
  locale = 'en-US',
  countries?: ReadonlyMap<string, string>,
): string[] {
  const raw = query.trim().toLowerCase();
  const text = normalize(query);
  if (text === '' && raw === '') return [...zones];
  const offset = parseOffsetQuery(raw.replace(/\s+/g, ''));
  const abbreviation = /^[a-z]{2,5}$/.test(text);
  // English names too ('Eastern', 'PST'): widely known, whatever language the page is in.
  const locales = /^en\b/i.test(locale) ? [locale] : [locale, 'en-US'];
  const ranked: { zone: string; score: number; order: number }[] = [];
  zones.forEach((zone, order) => {
    const id = normalize(zone);
    const city = normalize(zone.slice(zone.lastIndexOf('/') + 1));
    let score = -1;
    if (offset) {
      let minutes: number | undefined;
      try {
        minutes = Math.round(getTimeZoneOffset(zone, at) / 60_000);
      } catch {
        minutes = undefined;
      }
      if (minutes !== undefined && minutes >= offset.min && minutes <= offset.max) score = 5;
    } else if (city.startsWith(text)) score = 0;
    else if (` ${id}`.includes(` ${text}`)) score = 1;
    // An exact abbreviation ('est') beats a chance substring ('Bucharest').
    else if (abbreviation && [...locales, ...ABBREVIATION_LOCALES].some((l) => zoneName(zone, l, 'short', at) === text)) score = 2;
    else if (countries && text.length >= 3 && countryMatches(countries.get(zone), text, locales)) score = 3;
    else if (locales.some((l) => ` ${zoneName(zone, l, 'longGeneric', at)}`.includes(` ${text}`))) score = 3;
    else if (id.includes(text)) score = 4;
    if (score >= 0) ranked.push({ zone, score, order });
  });
  ranked.sort((a, b) => a.score - b.score || a.order - b.order);
  return ranked.map((entry) => entry.zone);
}

function countryMatches(code: string | undefined, text: string, locales: string[]): boolean {
  return code !== undefined && locales.some((l) => ` ${countryName(code, l)}`.includes(` ${text}`));
}
