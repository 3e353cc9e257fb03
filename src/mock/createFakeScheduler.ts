import type { WireAvailabilityPage, WireBookingInfo, WireBusyTime } from '../api/wireTypes';
import type { FakeLinkDefinition } from './FakeLinkDefinition';
import type { FakeBooking, FakeListQuery, FakeMonthQuery, FakeResponse, FakeScheduler } from './FakeScheduler';
import { chooseBookingMembers } from './helpers/chooseBookingMembers';
import { freeMembers } from './helpers/freeMembers';
import { notFoundError, slotUnavailableError } from './helpers/hubspotErrors';
import { linkAvailabilityForMonth } from './helpers/linkAvailabilityForMonth';
import { linkIdOf } from './helpers/linkIdOf';
import { listMeetingLinksPage } from './helpers/listMeetingLinksPage';
import { offeredSlots } from './helpers/offeredSlots';
import { isKnownTimeZone, readMonthQuery } from './helpers/readMonthQuery';
import type { SlotRules } from './helpers/SlotRules';
import { toWireBookResponse } from './helpers/toWireBookResponse';
import { toWireCustomParams } from './helpers/toWireCustomParams';
import { toWireUsersBusyTimes } from './helpers/toWireUsersBusyTimes';
import { validateBookRequest } from './helpers/validateBookRequest';
import { toWireBranding } from './helpers/toWireBranding';

/** Options of {@link createFakeScheduler}. */
export interface FakeSchedulerOptions {
  /** The clock: a fixed instant or a function read at every call. Default `Date.now`, so `vi.setSystemTime` works. */
  now?: number | (() => number);
  /** The links served; slugs must be unique. */
  links: readonly FakeLinkDefinition[];
}

/**
 * An in-memory HubSpot scheduling backend answering in HubSpot's wire JSON. Availability is
 * computed from each link's weekly hours in the organizer's zone, busy times, buffers, notice and
 * advertising window; bookings fill calendars so a second booking of the same time gets a 409.
 */
export function createFakeScheduler(options: FakeSchedulerOptions): FakeScheduler {
  const links = new Map(options.links.map((link) => [link.slug, link]));
  if (links.size !== options.links.length) throw new Error('createFakeScheduler: link slugs must be unique.');
  const clock = options.now;
  const now = () => (typeof clock === 'function' ? clock() : (clock ?? Date.now()));
  let bookings: FakeBooking[] = [];
  let occupied: Array<{ userId: string } & WireBusyTime> = [];
  let rotation = new Map<string, number>();

  const rulesFor = (link: FakeLinkDefinition, at: number): SlotRules => {
    // Built once per call: availability asks for every member's busy list once per candidate slot.
    const busyByUser = new Map<string, readonly WireBusyTime[]>();
    for (const member of link.members) {
      const own = typeof member.busy === 'function' ? member.busy(at) : (member.busy ?? []);
      busyByUser.set(member.userId, [
        ...own,
        ...bookings
          .filter((booking) => booking.memberUserIds.includes(member.userId))
          .map((booking) => ({ start: booking.start, end: booking.end })),
        ...occupied.filter((range) => range.userId === member.userId).map(({ start, end }) => ({ start, end })),
      ]);
    }
    return { link, now: at, busyOf: (userId) => busyByUser.get(userId) ?? [] };
  };

  const monthResponse = (slug: string, query: FakeMonthQuery, full: boolean): FakeResponse => {
    const link = links.get(slug);
    if (!link) return notFoundError(slug);
    const read = readMonthQuery(query);
    if (!read.ok) return read.response;
    const at = now();
    const rules = rulesFor(link, at);
    const linkAvailability = linkAvailabilityForMonth(rules, read.timezone, read.monthOffset);
    const allUsersBusyTimes = toWireUsersBusyTimes(rules);
    if (!full) return { status: 200, body: { linkAvailability, allUsersBusyTimes } satisfies WireAvailabilityPage };
    const body: WireBookingInfo = {
      linkId: linkIdOf(link),
      isOffline: link.members.length > 0 && link.members.every((member) => member.isOffline === true),
      customParams: toWireCustomParams(link, at),
      linkType: link.linkType,
      allUsersBusyTimes,
      linkAvailability,
    };
    if (link.branding) body.brandingMetadata = toWireBranding(link.branding);
    return { status: 200, body };
  };

  return {
    listMeetingLinks: (query: FakeListQuery = {}) => listMeetingLinksPage([...links.values()], query),
    getBookingInfo: (slug, query = {}) => monthResponse(slug, query, true),
    getAvailabilityPage: (slug, query = {}) => monthResponse(slug, query, false),

    book(body, query = {}) {
      const checked = validateBookRequest(body, (slug) => links.get(slug));
      if (!checked.ok) return checked.response;
      const valid = checked.value;
      const { link, startMs, durationMs } = valid;
      const rules = rulesFor(link, now());
      const offered = offeredSlots(rules, durationMs).some((slot) => slot.startMillisUtc === startMs);
      if (!offered) return slotUnavailableError();
      const free = freeMembers(rules, { startMillisUtc: startMs, endMillisUtc: startMs + durationMs });
      const likely = Array.isArray(valid.request.likelyAvailableUserIds)
        ? valid.request.likelyAvailableUserIds.map(String)
        : [];
      const chosen = chooseBookingMembers(link, free, likely, rotation.get(link.slug) ?? 0);
      if (!chosen) return slotUnavailableError();
      rotation.set(link.slug, chosen.nextRotation);
      const zoneAsked = [query.timezone, valid.request.timezone].find(
        (zone): zone is string => typeof zone === 'string' && zone !== '' && isKnownTimeZone(zone),
      );
      const response = toWireBookResponse(valid, chosen.members.organizer, zoneAsked ?? 'UTC');
      bookings = [
        ...bookings,
        {
          slug: link.slug,
          assignedUserId: chosen.members.organizer.userId,
          memberUserIds: chosen.members.blocked.map((member) => member.userId),
          start: startMs,
          end: startMs + durationMs,
          request: structuredClone(valid.request),
          response,
        },
      ];
      return { status: 200, body: structuredClone(response) };
    },

    get bookings() {
      return bookings;
    },

    occupy(slug, startMs, durationMs) {
      const link = links.get(slug);
      if (!link) throw new Error(`occupy: no link with slug "${slug}".`);
      occupied = [
        ...occupied,
        ...link.members.map((member) => ({ userId: member.userId, start: startMs, end: startMs + durationMs })),
      ];
    },

    reset() {
      bookings = [];
      occupied = [];
      rotation = new Map();
    },
  };
}
