// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { firstMonthWithSlot } from '../../../src/scheduling/firstMonthWithSlot';
import { incrementMinutes } from '../../../src/scheduling/incrementMinutes';
import type { StartTimeIncrement } from '../../../src/api/types';

describe('firstMonthWithSlot', () => {
  it('gives the month of the earliest slot in the zone, whatever the order', () => {
    const slots = [
      { start: Date.parse('2025-12-02T10:00:00Z'), end: Date.parse('2025-12-02T10:30:00Z') },
      { start: Date.parse('2025-10-31T23:30:00Z'), end: Date.parse('2025-11-01T00:00:00Z') },
    ];
    expect(firstMonthWithSlot(slots, 'America/New_York')).toBe('2025-10');
    expect(firstMonthWithSlot(slots, 'Asia/Kolkata')).toBe('2025-11');
  });

  it('is undefined without slots', () => {
    expect(firstMonthWithSlot([], 'UTC')).toBeUndefined();
  });

  it('counts only the slots starting after the given time', () => {
    const slots = [
      { start: Date.parse('2025-10-31T12:00:00Z'), end: Date.parse('2025-10-31T12:30:00Z') },
      { start: Date.parse('2025-12-02T10:00:00Z'), end: Date.parse('2025-12-02T10:30:00Z') },
    ];
    expect(firstMonthWithSlot(slots, 'UTC', Date.parse('2025-10-31T11:59:59Z'))).toBe('2025-10');
    // A slot starting at that very moment is already gone.
    expect(firstMonthWithSlot(slots, 'UTC', Date.parse('2025-10-31T12:00:00Z'))).toBe('2025-12');
    expect(firstMonthWithSlot(slots, 'UTC', Date.parse('2025-12-02T10:00:00Z'))).toBeUndefined();
  });
});

describe('incrementMinutes', () => {
  it.each([
    ['FIVE', 5],
    ['TEN', 10],
    ['FIFTEEN', 15],
    ['TWENTY', 20],
    ['THIRTY', 30],
    ['FORTY_FIVE', 45],
    ['SIXTY', 60],
    ['NINETY', 90],
    ['ONE_HUNDRED_TWENTY', 120],
  ] as const)('%s is %i minutes', (word, minutes) => {
    expect(incrementMinutes(word, 3_600_000)).toBe(minutes);
  });

  it('uses the duration for MEETING_DURATION', () => {
    expect(incrementMinutes('MEETING_DURATION', 1_800_000)).toBe(30);
    expect(incrementMinutes('MEETING_DURATION', 5_400_000)).toBe(90);
  });

  it('falls back to the duration for an unknown word and never returns less than 1', () => {
    expect(incrementMinutes('FORTY' as StartTimeIncrement, 2_700_000)).toBe(45);
    expect(incrementMinutes('constructor' as StartTimeIncrement, 900_000)).toBe(15);
    expect(incrementMinutes('MEETING_DURATION', 0)).toBe(1);
    expect(incrementMinutes('MEETING_DURATION', Number.NaN)).toBe(1);
  });
});
