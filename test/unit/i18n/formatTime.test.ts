// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatTime } from '../../../src/i18n/formatters/formatTime';
import { formatTimeRange } from '../../../src/i18n/formatters/formatTimeRange';

const FIXTURE_SLOT = 1760129100000; // 2025-10-10T20:45Z
const END = FIXTURE_SLOT + 900_000;

describe('formatTime', () => {
  it('prints the fixture slot in the visitor’s zone and clock', () => {
    expect(formatTime(FIXTURE_SLOT, { timezone: 'America/New_York', locale: 'en-US' })).toBe('4:45 PM');
    expect(formatTime(FIXTURE_SLOT, { timezone: 'America/New_York', locale: 'en-US', hourCycle: 'h23' })).toBe('16:45');
    expect(formatTime(FIXTURE_SLOT, { timezone: 'Asia/Kolkata', locale: 'en-US' })).toBe('2:15 AM');
    expect(formatTime(FIXTURE_SLOT, { timezone: 'Asia/Kathmandu', locale: 'en-GB' })).toBe('02:30');
    expect(formatTime(FIXTURE_SLOT, { timezone: 'Pacific/Chatham', locale: 'de-DE' })).toBe('10:30');
  });

  it('uses plain spaces, whatever ICU version formats it', () => {
    expect(formatTime(FIXTURE_SLOT, { timezone: 'UTC', locale: 'en-US' })).toMatch(/^8:45 PM$/);
  });

  it('lets the 12-hour clock override a 24-hour locale', () => {
    expect(formatTime(FIXTURE_SLOT, { timezone: 'Europe/Berlin', locale: 'de-DE', hourCycle: 'h12' })).toMatch(/^10:45 PM$/i);
  });

  it('shows midnight as 12 AM and 00, never 24', () => {
    const midnight = Date.parse('2025-10-10T04:00:00Z');
    expect(formatTime(midnight, { timezone: 'America/New_York', locale: 'en-US' })).toBe('12:00 AM');
    expect(formatTime(midnight, { timezone: 'America/New_York', locale: 'en-US', hourCycle: 'h23' })).toBe('00:00');
  });

  it('falls back to English for an unsupported locale instead of throwing', () => {
    expect(formatTime(FIXTURE_SLOT, { timezone: 'America/New_York', locale: 'not a locale' })).toBe('4:45 PM');
  });
});

describe('formatTimeRange', () => {
  it('prints a same-day range the locale’s way', () => {
    expect(formatTimeRange(FIXTURE_SLOT, END, { timezone: 'America/New_York', locale: 'en-US' })).toBe('4:45 – 5:00 PM');
    expect(formatTimeRange(FIXTURE_SLOT, END, { timezone: 'America/New_York', locale: 'en-US', hourCycle: 'h23' })).toBe('16:45 – 17:00');
  });

  it('keeps both halves complete across noon and midnight', () => {
    const start = Date.parse('2025-10-10T15:30:00Z'); // 11:30 AM EDT
    expect(formatTimeRange(start, start + 3_600_000, { timezone: 'America/New_York', locale: 'en-US' })).toBe('11:30 AM – 12:30 PM');
    const late = Date.parse('2025-10-11T03:45:00Z'); // 11:45 PM EDT
    expect(formatTimeRange(late, late + 1_800_000, { timezone: 'America/New_York', locale: 'en-US' })).toBe('11:45 PM – 12:15 AM');
  });
});
