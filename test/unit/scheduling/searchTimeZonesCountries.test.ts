// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatTimeZoneCity } from '../../../src/i18n/formatters/formatTimeZoneCity';
import { listTimeZones } from '../../../src/scheduling/listTimeZones';
import { searchTimeZones } from '../../../src/scheduling/searchTimeZones';
import { zoneCountries } from '../../../src/scheduling/zoneCountries';

const zones = listTimeZones();
const JAN = Date.parse('2025-01-15T12:00:00Z');

describe('searchTimeZones with the zone → country table', () => {
  it('finds a country by its English name, and in the visitor’s language', () => {
    expect(searchTimeZones('India', zones, JAN, 'en-US', zoneCountries())).toContain('Asia/Kolkata');
    expect(searchTimeZones('Deutschland', zones, JAN, 'de-DE', zoneCountries())).toContain('Europe/Berlin');
    expect(searchTimeZones('japan', zones, JAN, 'fr-FR', zoneCountries())).toContain('Asia/Tokyo');
  });

  it('does not know countries without the table (it loads with the picker)', () => {
    expect(searchTimeZones('Deutschland', zones, JAN, 'de-DE')).not.toContain('Europe/Berlin');
  });

  it('still finds what visitors type for abbreviations and generic names', () => {
    expect(searchTimeZones('CET', zones, JAN, 'en-US', zoneCountries())).toContain('Europe/Paris');
    expect(searchTimeZones('PST', zones, JAN, 'en-US', zoneCountries())).toContain('America/Los_Angeles');
    expect(searchTimeZones('pacific', zones, JAN, 'en-US', zoneCountries())).toContain('America/Los_Angeles');
    expect(searchTimeZones('+5:30', zones, JAN, 'en-US', zoneCountries())).toContain('Asia/Kolkata');
  });

  it('maps every zone of zone.tab to a two-letter country', () => {
    const table = zoneCountries();
    expect(table.size).toBeGreaterThan(300);
    expect(table.get('America/New_York')).toBe('US');
    expect(table.get('Asia/Kolkata')).toBe('IN');
    for (const country of table.values()) expect(country).toMatch(/^[A-Z]{2}$/);
  });
});

describe('formatTimeZoneCity', () => {
  it('reads the city out of the zone id', () => {
    expect(formatTimeZoneCity('America/Port_of_Spain')).toBe('Port of Spain');
    expect(formatTimeZoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(formatTimeZoneCity('UTC')).toBe('');
  });
});
