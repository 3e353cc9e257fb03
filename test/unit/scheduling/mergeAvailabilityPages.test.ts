// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AvailabilityPage, Member, TimeSlot } from '../../../src/api/types';
import { mergeAvailabilityPages } from '../../../src/scheduling/mergeAvailabilityPages';

const M15 = 900_000;
const M30 = 1_800_000;

function member(id: string, busyTimes: TimeSlot[], extra: Partial<Member> = {}): Member {
  return { id, userId: `u${id}`, isOffline: false, isSalesStarter: false, calendarProvider: 'GOOGLE', busyTimes, ...extra };
}

const october: AvailabilityPage = {
  slotsByDuration: { [M15]: [{ start: 1000, end: 1000 + M15 }], [M30]: [{ start: 1000, end: 1000 + M30 }] },
  hasMore: true,
  members: [member('1', [{ start: 0, end: 10 }])],
};
const november: AvailabilityPage = {
  slotsByDuration: { [M15]: [{ start: 5_000_000, end: 5_000_000 + M15 }, { start: 1000, end: 1000 + M15 }] },
  hasMore: false,
  members: [member('2', []), member('1', [{ start: 20, end: 30 }, { start: 0, end: 10 }])],
};

describe('mergeAvailabilityPages', () => {
  it('unions slots per duration, sorted and de-duplicated', () => {
    const merged = mergeAvailabilityPages([october, november]);
    expect(merged.slotsByDuration).toEqual({
      [M15]: [{ start: 1000, end: 1000 + M15 }, { start: 5_000_000, end: 5_000_000 + M15 }],
      [M30]: [{ start: 1000, end: 1000 + M30 }],
    });
  });

  it('takes hasMore from the page with the latest slot', () => {
    expect(mergeAvailabilityPages([october, november]).hasMore).toBe(false);
    expect(mergeAvailabilityPages([november, { ...october, hasMore: false }, { ...november, hasMore: true }]).hasMore).toBe(true);
  });

  it('says hasMore when the pages have no slot at all and any page says so', () => {
    const empty = (hasMore: boolean): AvailabilityPage => ({ slotsByDuration: {}, hasMore, members: [] });
    expect(mergeAvailabilityPages([empty(false), empty(true)]).hasMore).toBe(true);
    expect(mergeAvailabilityPages([empty(false), empty(false)]).hasMore).toBe(false);
  });

  it('merges members by id with their busy times unioned', () => {
    expect(mergeAvailabilityPages([october, november]).members).toEqual([
      member('1', [{ start: 0, end: 10 }, { start: 20, end: 30 }]),
      member('2', []),
    ]);
  });

  it('gives an empty page for no pages', () => {
    expect(mergeAvailabilityPages([])).toEqual({ slotsByDuration: {}, hasMore: false, members: [] });
  });

  it('gives the same result in any page order (property)', () => {
    const slotArb = fc
      .record({ start: fc.integer({ min: 0, max: 10_000 }), length: fc.integer({ min: 1, max: 500 }) })
      .map(({ start, length }) => ({ start, end: start + length }));
    const memberArb = fc
      .record({ id: fc.constantFrom('a', 'b', 'c'), busy: fc.array(slotArb, { maxLength: 4 }), isOffline: fc.boolean() })
      .map(({ id, busy, isOffline }) => member(id, busy, { isOffline }));
    const pageArb: fc.Arbitrary<AvailabilityPage> = fc.record({
      slotsByDuration: fc.dictionary(fc.constantFrom('900000', '1800000', '3600000'), fc.array(slotArb, { maxLength: 6 })),
      hasMore: fc.boolean(),
      members: fc.uniqueArray(memberArb, { selector: (m) => m.id, maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(pageArb, { maxLength: 5 }).chain((pages) => fc.tuple(fc.constant(pages), fc.shuffledSubarray(pages, { minLength: pages.length }))),
        ([pages, shuffled]) => {
          expect(mergeAvailabilityPages(shuffled)).toEqual(mergeAvailabilityPages(pages));
        },
      ),
    );
  });
});
