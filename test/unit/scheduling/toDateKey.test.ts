// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toDateKey } from '../../../src/scheduling/toDateKey';

const FIXTURE_SLOT = 1760129100000; // 2025-10-10T20:45Z, the documentation's first 15-minute slot

describe('toDateKey', () => {
  it('puts the fixture slot on Oct 10 in New York and Oct 11 in Kolkata', () => {
    expect(toDateKey(FIXTURE_SLOT, 'America/New_York')).toBe('2025-10-10');
    expect(toDateKey(FIXTURE_SLOT, 'Asia/Kolkata')).toBe('2025-10-11');
    expect(toDateKey(FIXTURE_SLOT, 'UTC')).toBe('2025-10-10');
  });

  it.each([
    // [zone, last instant of the day before local midnight, local midnight]
    ['UTC', '2025-10-10T23:59:59.999Z', '2025-10-11T00:00:00Z'],
    ['Asia/Kolkata', '2025-10-10T18:29:59.999Z', '2025-10-10T18:30:00Z'], // +5:30
    ['Asia/Kathmandu', '2025-10-10T18:14:59.999Z', '2025-10-10T18:15:00Z'], // +5:45
    ['Pacific/Chatham', '2025-01-15T10:14:59.999Z', '2025-01-15T10:15:00Z'], // +13:45 in southern summer
    ['Pacific/Chatham', '2025-07-15T11:14:59.999Z', '2025-07-15T11:15:00Z'], // +12:45 in winter
    ['Pacific/Kiritimati', '2025-10-10T09:59:59.999Z', '2025-10-10T10:00:00Z'], // +14
    ['America/New_York', '2025-03-09T04:59:59.999Z', '2025-03-09T05:00:00Z'], // midnight before DST starts
    ['America/New_York', '2025-11-02T03:59:59.999Z', '2025-11-02T04:00:00Z'], // midnight before DST ends
    ['Europe/London', '2025-10-25T22:59:59.999Z', '2025-10-25T23:00:00Z'], // BST midnight
  ])('changes day exactly at local midnight in %s', (zone, before, midnight) => {
    const dayBefore = toDateKey(Date.parse(before), zone);
    const day = toDateKey(Date.parse(midnight), zone);
    expect(day > dayBefore).toBe(true);
    expect(Date.parse(`${day}T00:00:00Z`) - Date.parse(`${dayBefore}T00:00:00Z`)).toBe(86_400_000);
  });

  it('names the day after the midnight instant in the zone', () => {
    expect(toDateKey(Date.parse('2025-10-10T18:15:00Z'), 'Asia/Kathmandu')).toBe('2025-10-11');
    expect(toDateKey(Date.parse('2025-01-15T10:15:00Z'), 'Pacific/Chatham')).toBe('2025-01-16');
    expect(toDateKey(Date.parse('2025-10-10T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2025-10-11');
    // Kiritimati and Honolulu share a clock time but are a whole day apart.
    expect(toDateKey(Date.parse('2025-10-10T10:00:00Z'), 'Pacific/Honolulu')).toBe('2025-10-10');
  });

  it('rejects an invalid zone with a RangeError', () => {
    expect(() => toDateKey(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
