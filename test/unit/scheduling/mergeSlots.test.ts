// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergeSlots } from '../../../src/scheduling/mergeSlots';
import { futureSlots } from '../../../src/scheduling/futureSlots';

describe('mergeSlots', () => {
  it('joins lists sorted by start then end, without duplicates', () => {
    const merged = mergeSlots(
      [{ start: 300, end: 400 }, { start: 100, end: 200 }],
      [{ start: 100, end: 300 }, { start: 100, end: 200 }],
      [],
    );
    expect(merged).toEqual([
      { start: 100, end: 200 },
      { start: 100, end: 300 },
      { start: 300, end: 400 },
    ]);
  });

  it('drops slots that are not intervals', () => {
    expect(
      mergeSlots([
        { start: 5, end: 5 },
        { start: 9, end: 1 },
        { start: Number.NaN, end: 10 },
        { start: 0, end: Number.POSITIVE_INFINITY },
        { start: 1, end: 2 },
      ]),
    ).toEqual([{ start: 1, end: 2 }]);
  });

  it('returns an empty list for no lists', () => {
    expect(mergeSlots()).toEqual([]);
  });

  it('does not change its inputs', () => {
    const list = [{ start: 2, end: 3 }, { start: 1, end: 2 }];
    mergeSlots(list);
    expect(list).toEqual([{ start: 2, end: 3 }, { start: 1, end: 2 }]);
  });
});

describe('futureSlots', () => {
  it('keeps only slots starting strictly after now', () => {
    const now = Date.parse('2025-10-10T20:45:00Z');
    const slots = [
      { start: now - 60_000, end: now + 840_000 },
      { start: now, end: now + 900_000 },
      { start: now + 1, end: now + 900_001 },
    ];
    expect(futureSlots(slots, now)).toEqual([slots[2]]);
  });
});
