import type { MeetingsClient } from '../api/types';

/** Parameters that identify one scheduling page as seen from one time zone. */
export interface SchedulingPageParams {
  /** The scheduling page's slug. */
  slug: string;
  /** IANA zone: the server groups months in it. */
  timezone: string;
}

/** One month of availability, `monthOffset` months after the current month in `timezone`. */
export interface AvailabilityPageParams extends SchedulingPageParams {
  /** 0 for the current month. */
  monthOffset: number;
}

// Two widgets may share a host's QueryClient while talking to different proxies: the client
// object is part of every key so their caches never mix. A WeakMap keeps keys serializable.
const clientScopes = new WeakMap<MeetingsClient, string>();
let nextScope = 0;

function clientScope(client: MeetingsClient): string {
  let scope = clientScopes.get(client);
  if (scope === undefined) {
    nextScope += 1;
    scope = `client-${nextScope}`;
    clientScopes.set(client, scope);
  }
  return scope;
}

/**
 * The React Query keys of the widget, from the broadest to the narrowest, so a prefix can be
 * invalidated (e.g. every availability page of a slug after a slot was taken).
 */
export const meetingsQueryKeys = {
  /** Everything this library caches. */
  all: ['meeting-scheduler'] as const,
  /** Everything cached through one client. */
  client: (client: MeetingsClient) => [...meetingsQueryKeys.all, clientScope(client)] as const,
  /** Booking info of a slug in a zone. */
  bookingInfo: (client: MeetingsClient, { slug, timezone }: SchedulingPageParams) =>
    [...meetingsQueryKeys.client(client), 'booking-info', slug, timezone] as const,
  /** Every availability page of a slug, in every zone (the prefix to invalidate). */
  availability: (client: MeetingsClient, slug: string) =>
    [...meetingsQueryKeys.client(client), 'availability', slug] as const,
  /** One availability page. */
  availabilityPage: (client: MeetingsClient, { slug, timezone, monthOffset }: AvailabilityPageParams) =>
    [...meetingsQueryKeys.availability(client, slug), timezone, monthOffset] as const,
  /** The search for the first month offset that has a free slot. */
  firstAvailableMonth: (client: MeetingsClient, { slug, timezone }: SchedulingPageParams, maxMonths: number) =>
    [...meetingsQueryKeys.client(client), 'first-available-month', slug, timezone, maxMonths] as const,
};
