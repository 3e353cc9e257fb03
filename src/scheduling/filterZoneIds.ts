import { normalizeZoneText } from './normalizeZoneText';

/**
 * The zone picker's filter until the full search (searchTimeZones with the country table) has
 * loaded, or when it cannot load: zones whose id holds what was typed ('york', 'sao paulo'), in
 * input order. Offsets, abbreviations and names wait for the full search.
 */
export function filterZoneIds(query: string, zones: readonly string[]): string[] {
  const text = normalizeZoneText(query);
  return zones.filter((zone) => normalizeZoneText(zone).includes(text));
}
