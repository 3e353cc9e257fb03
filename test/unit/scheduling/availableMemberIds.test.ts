// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Member, TimeSlot } from '../../../src/api/types';
import { availableMemberIds } from '../../../src/scheduling/availableMemberIds';

function member(userId: string, busyTimes: TimeSlot[]): Member {
  return { id: `m${userId}`, userId, isOffline: false, isSalesStarter: false, calendarProvider: 'GOOGLE', busyTimes };
}

const H = 3_600_000;

describe('availableMemberIds', () => {
  const alice = member('101', [{ start: 9 * H, end: 10 * H }]);
  const bob = member('202', [{ start: 10 * H, end: 12 * H }]);
  const carol = member('303', []);

  it('lists the userIds of members free for the slot, in member order', () => {
    expect(availableMemberIds([alice, bob, carol], { start: 9 * H, end: 9.5 * H })).toEqual(['202', '303']);
    expect(availableMemberIds([alice, bob, carol], { start: 11 * H, end: 11.5 * H })).toEqual(['101', '303']);
    expect(availableMemberIds([alice, bob, carol], { start: 9.5 * H, end: 10.5 * H })).toEqual(['303']);
  });

  it('treats touching ranges as free (a meeting may start when another ends)', () => {
    expect(availableMemberIds([alice, bob], { start: 8 * H, end: 9 * H })).toEqual(['101', '202']);
    expect(availableMemberIds([alice], { start: 10 * H, end: 11 * H })).toEqual(['101']);
  });

  it('sees a long busy range that started before shorter ones', () => {
    const dave = member('404', [
      { start: 1 * H, end: 20 * H },
      { start: 2 * H, end: 3 * H },
      { start: 4 * H, end: 5 * H },
    ]);
    expect(availableMemberIds([dave], { start: 15 * H, end: 16 * H })).toEqual([]);
    expect(availableMemberIds([dave], { start: 20 * H, end: 21 * H })).toEqual(['404']);
  });

  it('copes with unsorted busy times', () => {
    const erin = member('505', [{ start: 14 * H, end: 15 * H }, { start: 1 * H, end: 2 * H }]);
    expect(availableMemberIds([erin], { start: 14.5 * H, end: 15.5 * H })).toEqual([]);
    expect(availableMemberIds([erin], { start: 3 * H, end: 4 * H })).toEqual(['505']);
  });

  it('gives nobody for no members', () => {
    expect(availableMemberIds([], { start: 0, end: 1 })).toEqual([]);
  });

  it('agrees with a plain overlap scan (property)', () => {
    const range = fc
      .record({ start: fc.integer({ min: 0, max: 1000 }), length: fc.integer({ min: 1, max: 200 }) })
      .map(({ start, length }) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(fc.array(range, { maxLength: 12 }), { maxLength: 5 }), fc.array(range, { minLength: 1, maxLength: 10 }), (busyLists, slots) => {
        const members = busyLists.map((busy, i) => member(String(i), busy));
        for (const slot of slots) {
          const expected = members.filter((m) => !m.busyTimes.some((b) => b.start < slot.end && b.end > slot.start)).map((m) => m.userId);
          expect(availableMemberIds(members, slot)).toEqual(expected);
        }
      }),
    );
  });
});
