// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { WireAvailabilityPage, WireBookingInfo, WireBookResponse } from '../../../src/api/wireTypes';
import { createFakeScheduler } from '../../../src/mock/createFakeScheduler';
import { bookBody, startsOf, startsOnUtcDate, testLink, testMember } from './helpers/testLink';

const MIN = 60_000;
const NOW = Date.parse('2025-10-06T00:00:00Z');
const wednesday = { WEDNESDAY: [{ start: 540, end: 660 }] };
const at = (iso: string) => Date.parse(iso);
// Busy 9:00–10:00 EDT and 10:00–11:00 EDT on Wednesday 8 October 2025.
const early = [{ start: at('2025-10-08T13:00:00Z'), end: at('2025-10-08T14:00:00Z') }];
const late = [{ start: at('2025-10-08T14:00:00Z'), end: at('2025-10-08T15:00:00Z') }];

function wednesdayStarts(linkType: 'ROUND_ROBIN_CALENDAR' | 'GROUP_CALENDAR' | 'PERSONAL_LINK') {
  const link = testLink({
    linkType,
    weeklyHours: wednesday,
    members: [testMember({ userId: 'a', busy: early }), testMember({ id: 'm2', userId: 'b', busy: late })],
  });
  const scheduler = createFakeScheduler({ now: NOW, links: [link] });
  const body = scheduler.getAvailabilityPage('test', { timezone: 'UTC' }).body as WireAvailabilityPage;
  return startsOnUtcDate(startsOf(body.linkAvailability, 30 * MIN), '2025-10-08').map((iso) => iso.slice(11, 16));
}

describe('who must be free', () => {
  it('round robin offers a time when any member is free', () => {
    expect(wednesdayStarts('ROUND_ROBIN_CALENDAR')).toEqual(['13:00', '13:30', '14:00', '14:30']);
  });

  it('a group calendar offers a time only when every member is free', () => {
    expect(wednesdayStarts('GROUP_CALENDAR')).toEqual([]);
  });

  it('a personal link only looks at its organizer (the first member)', () => {
    expect(wednesdayStarts('PERSONAL_LINK')).toEqual(['14:00', '14:30']);
  });
});

describe('round robin assignment', () => {
  const link = testLink({
    linkType: 'ROUND_ROBIN_CALENDAR',
    weeklyHours: wednesday,
    members: [
      testMember({ id: 'm1', userId: 'a', firstName: 'Ann' }),
      testMember({ id: 'm2', userId: 'b', firstName: 'Ben' }),
      testMember({ id: 'm3', userId: 'c', firstName: 'Cy', isOffline: true }),
    ],
  });
  const slot = at('2025-10-08T13:00:00Z');

  it('rotates through the free members and refuses the slot once all are taken', () => {
    const scheduler = createFakeScheduler({ now: NOW, links: [link] });
    const assigned = [1, 2, 3].map((n) => {
      const response = scheduler.book(bookBody({ startTime: slot, email: `v${n}@example.org` }));
      expect(response.status).toBe(200);
      return scheduler.bookings.at(-1)?.assignedUserId;
    });
    expect(assigned).toEqual(['a', 'b', 'c']);
    // The offline member got the third: that booking is offline.
    expect(scheduler.bookings[2]?.response.isOffline).toBe(true);
    expect(scheduler.bookings[0]?.response.isOffline).toBe(false);
    expect(scheduler.book(bookBody({ startTime: slot })).status).toBe(409);
  });

  it('gives the slot to a member named in likelyAvailableUserIds', () => {
    const scheduler = createFakeScheduler({ now: NOW, links: [link] });
    expect(scheduler.book(bookBody({ startTime: slot, likelyAvailableUserIds: ['b'] })).status).toBe(200);
    expect(scheduler.bookings[0]?.assignedUserId).toBe('b');
  });

  it('skips a member who is busy and keeps offering the time while someone is free', () => {
    const busyLink = { ...link, members: [testMember({ userId: 'a', busy: early }), ...link.members.slice(1)] };
    const scheduler = createFakeScheduler({ now: NOW, links: [busyLink] });
    scheduler.book(bookBody({ startTime: slot }));
    expect(scheduler.bookings[0]?.assignedUserId).toBe('b');
    const info = scheduler.getBookingInfo('test', { timezone: 'UTC' }).body as WireBookingInfo;
    expect(startsOf(info.linkAvailability, 30 * MIN)).toContain('2025-10-08T13:00:00.000Z');
    // Ben's calendar now shows the booking.
    const ben = info.allUsersBusyTimes.find((user) => user.meetingsUser.userId === 'b');
    expect(ben?.busyTimes).toEqual([{ start: slot, end: slot + 30 * MIN }]);
  });
});

describe('group bookings', () => {
  it('block every member and come back offline when the organizer has no calendar', () => {
    const link = testLink({
      linkType: 'GROUP_CALENDAR',
      weeklyHours: wednesday,
      members: [testMember({ userId: 'a', isOffline: true }), testMember({ id: 'm2', userId: 'b' })],
    });
    const scheduler = createFakeScheduler({ now: NOW, links: [link] });
    const response = scheduler.book(bookBody({ startTime: at('2025-10-08T13:00:00Z') }));
    expect(response.status).toBe(200);
    expect((response.body as WireBookResponse).isOffline).toBe(true);
    expect(scheduler.bookings[0]?.memberUserIds).toEqual(['a', 'b']);
    const info = scheduler.getBookingInfo('test', { timezone: 'UTC' }).body as WireBookingInfo;
    expect(info.isOffline).toBe(false);
    for (const user of info.allUsersBusyTimes) {
      expect(user.busyTimes).toEqual([{ start: at('2025-10-08T13:00:00Z'), end: at('2025-10-08T13:30:00Z') }]);
    }
  });
});
