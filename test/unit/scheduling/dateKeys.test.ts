// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addDaysToKey } from '../../../src/scheduling/addDaysToKey';
import { addMonthsToKey } from '../../../src/scheduling/addMonthsToKey';
import { compareKeys } from '../../../src/scheduling/compareKeys';
import { currentMonthKey } from '../../../src/scheduling/currentMonthKey';
import { formatDateKey } from '../../../src/scheduling/formatDateKey';
import { monthDistance } from '../../../src/scheduling/monthDistance';
import { monthKeyOfDate } from '../../../src/scheduling/monthKeyOfDate';
import { parseDateKey } from '../../../src/scheduling/parseDateKey';
import { parseMonthKey } from '../../../src/scheduling/parseMonthKey';
import { weekdayOfKey } from '../../../src/scheduling/weekdayOfKey';

describe('date and month keys', () => {
  it('parses keys and rejects malformed or impossible ones', () => {
    expect(parseDateKey('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-4-1', '20251010', '']) {
      expect(() => parseDateKey(bad)).toThrow(RangeError);
    }
    expect(parseMonthKey('2025-10')).toEqual({ year: 2025, month: 10 });
    expect(() => parseMonthKey('2025-13')).toThrow(/yyyy-MM/);
  });

  it('formats keys zero-padded and normalises overflow', () => {
    expect(formatDateKey(2025, 1, 5)).toBe('2025-01-05');
    expect(formatDateKey(2025, 1, 32)).toBe('2025-02-01');
    expect(formatDateKey(2025, 13, 1)).toBe('2026-01-01');
    expect(formatDateKey(99, 1, 1)).toBe('0099-01-01');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDaysToKey('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToKey('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDaysToKey('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDaysToKey('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDaysToKey('2025-10-13', 0)).toBe('2025-10-13');
  });

  it('adds calendar days over DST changes (keys have no zone)', () => {
    expect(addDaysToKey('2025-03-08', 1)).toBe('2025-03-09');
    expect(addDaysToKey('2025-03-09', 1)).toBe('2025-03-10');
    expect(addDaysToKey('2025-10-25', 2)).toBe('2025-10-27');
  });

  it('adds months and measures month distances', () => {
    expect(addMonthsToKey('2025-10', 3)).toBe('2026-01');
    expect(addMonthsToKey('2025-01', -1)).toBe('2024-12');
    expect(addMonthsToKey('2025-01', -13)).toBe('2023-12');
    expect(monthDistance('2025-10', '2025-10')).toBe(0);
    expect(monthDistance('2025-10', '2026-01')).toBe(3);
    expect(monthDistance('2026-01', '2025-10')).toBe(-3);
    expect(monthDistance('2025-10', addMonthsToKey('2025-10', 27))).toBe(27);
  });

  it('finds the month of a date key', () => {
    expect(monthKeyOfDate('2025-10-13')).toBe('2025-10');
    expect(() => monthKeyOfDate('2025-10')).toThrow(RangeError);
  });

  it('knows the weekday of a key (0 = Sunday)', () => {
    expect(weekdayOfKey('2025-10-12')).toBe(0);
    expect(weekdayOfKey('2025-10-13')).toBe(1);
    expect(weekdayOfKey('2025-10-18')).toBe(6);
    expect(weekdayOfKey('2024-02-29')).toBe(4);
  });

  it('compares date keys and month keys chronologically', () => {
    expect(compareKeys('2025-10-09', '2025-10-10')).toBe(-1);
    expect(compareKeys('2025-10', '2025-10')).toBe(0);
    expect(compareKeys('2026-01', '2025-12')).toBe(1);
    expect(['2025-11-01', '2025-02-10', '2025-10-31'].sort(compareKeys)).toEqual(['2025-02-10', '2025-10-31', '2025-11-01']);
  });

  it('takes the current month in the visitor’s zone', () => {
    const now = Date.parse('2025-10-31T23:30:00Z');
    expect(currentMonthKey(now, 'America/New_York')).toBe('2025-10');
    expect(currentMonthKey(now, 'Asia/Kolkata')).toBe('2025-11');
    expect(currentMonthKey(Date.parse('2025-12-31T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-01');
  });
});
