// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatTimeZoneName } from '../../../src/i18n/formatters/formatTimeZoneName';

const AT = Date.parse('2025-10-01T12:00:00Z');

describe('formatTimeZoneName', () => {
  it('uses the generic name Intl knows', () => {
    expect(formatTimeZoneName('America/New_York', 'en-US', AT)).toBe('Eastern Time');
    expect(formatTimeZoneName('Asia/Kolkata', 'en-US', AT)).toBe('India Standard Time');
    expect(formatTimeZoneName('America/New_York', 'de-DE', AT)).toBe('Nordamerikanische Ostküstenzeit');
  });

  it('prefers a specific name to an offset for UTC', () => {
    expect(formatTimeZoneName('UTC', 'en-US', AT)).toBe('Coordinated Universal Time');
  });

  it('never answers with a bare offset; falls back to the city', () => {
    for (const zone of ['Asia/Kathmandu', 'Pacific/Chatham', 'Pacific/Kiritimati', 'America/Port_of_Spain', 'Antarctica/Troll']) {
      expect(formatTimeZoneName(zone, 'en-US', AT)).not.toMatch(/^(GMT|UTC)[+-]/);
    }
  });

  it('uses the city from the id when Intl only has an offset', () => {
    // Etc/GMT-14 has no name in any locale: CLDR gives only the offset.
    expect(formatTimeZoneName('Etc/GMT-14', 'en-US', AT)).toBe('GMT-14');
  });
});
