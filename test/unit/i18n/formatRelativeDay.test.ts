// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatRelativeDay } from '../../../src/i18n/formatters/formatRelativeDay';

describe('formatRelativeDay', () => {
  it('names today and tomorrow in the locale, capitalized', () => {
    expect(formatRelativeDay('2026-12-02', '2026-12-02', 'en-US')).toBe('Today');
    expect(formatRelativeDay('2026-12-03', '2026-12-02', 'en-US')).toBe('Tomorrow');
    expect(formatRelativeDay('2026-12-03', '2026-12-02', 'de')).toBe('Morgen');
    expect(formatRelativeDay('2026-12-03', '2026-12-02', 'fr')).toBe('Demain');
    expect(formatRelativeDay('2026-12-03', '2026-12-02', 'ja')).toBe('明日');
  });

  it('crosses month and year ends by calendar day', () => {
    expect(formatRelativeDay('2027-01-01', '2026-12-31', 'en-US')).toBe('Tomorrow');
    expect(formatRelativeDay('2026-03-01', '2026-02-28', 'en-US')).toBe('Tomorrow');
  });

  it('falls back on English for a malformed locale instead of throwing', () => {
    expect(formatRelativeDay('2026-12-02', '2026-12-02', 'not a locale!')).toBe('Today');
  });

  it('leaves every other day to the date itself', () => {
    expect(formatRelativeDay('2026-12-04', '2026-12-02', 'en-US')).toBeUndefined();
    expect(formatRelativeDay('2026-12-01', '2026-12-02', 'en-US')).toBeUndefined();
  });
});
