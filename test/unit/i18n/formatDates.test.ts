// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatFullDate } from '../../../src/i18n/formatters/formatFullDate';
import { formatMonthYear } from '../../../src/i18n/formatters/formatMonthYear';
import { formatWeekdayShort } from '../../../src/i18n/formatters/formatWeekdayShort';
import { defaultHourCycle } from '../../../src/i18n/formatters/defaultHourCycle';

describe('formatFullDate', () => {
  it('reads a date key in words, never shifted by a zone', () => {
    expect(formatFullDate('2025-10-13', 'en-US')).toBe('Monday, October 13, 2025');
    expect(formatFullDate('2025-01-01', 'en-US')).toBe('Wednesday, January 1, 2025');
    expect(formatFullDate('2024-12-31', 'en-US')).toBe('Tuesday, December 31, 2024');
    expect(formatFullDate('2025-10-13', 'de-DE')).toBe('Montag, 13. Oktober 2025');
  });

  it('throws on a malformed key', () => {
    expect(() => formatFullDate('13/10/2025', 'en-US')).toThrow(RangeError);
  });
});

describe('formatMonthYear', () => {
  it('reads a month key in words', () => {
    expect(formatMonthYear('2025-10', 'en-US')).toBe('October 2025');
    expect(formatMonthYear('2026-01', 'de-DE')).toBe('Januar 2026');
  });
});

describe('formatWeekdayShort', () => {
  it('names weekdays 0 (Sunday) to 6 in short, narrow and long forms', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((d) => formatWeekdayShort(d as 0, 'en-US'))).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(formatWeekdayShort(1, 'en-US', 'narrow')).toBe('M');
    expect(formatWeekdayShort(1, 'en-US', 'long')).toBe('Monday');
    expect(formatWeekdayShort(1, 'de-DE', 'long')).toBe('Montag');
  });
});

describe('defaultHourCycle', () => {
  it('knows 12- and 24-hour locales', () => {
    expect(defaultHourCycle('en-US')).toBe('h12');
    expect(defaultHourCycle('en-GB')).toBe('h23');
    expect(defaultHourCycle('de-DE')).toBe('h23');
    expect(defaultHourCycle('ja-JP')).toBe('h23');
    expect(defaultHourCycle('en-US-u-hc-h23')).toBe('h23');
  });
});
