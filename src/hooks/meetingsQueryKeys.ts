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

/**
 * The scope of a client's keys: its base URL and API version (or the scope it was given), so two
 * widgets on different proxies never mix while a server render and the browser agree.
 */
function scopeOf(client: Pick<MeetingsClient, 'scope'>): string {
  return client.scope ?? '';
}

/**
 * The React Query keys of the widget, from the broadest to the narrowest, so a prefix can be
 * invalidated (e.g. every availability page of a slug after a slot was taken). Parameters sit in
 * one object at the end, matched by name: `[..., 'availability', { slug }]` matches every page of
 * the slug in every zone.
 */
export const meetingsQueryKeys = {
  /** Everything this library caches. */
  all: ['meeting-scheduler'] as const,
  /** Everything cached through clients of one scope. */
  client: (client: Pick<MeetingsClient, 'scope'>) => [...meetingsQueryKeys.all, scopeOf(client)] as const,
  /** Booking info of a slug in a zone. */
  bookingInfo: (client: Pick<MeetingsClient, 'scope'>, { slug, timezone }: SchedulingPageParams) =>
    [...meetingsQueryKeys.client(client), 'booking-info', { slug, timezone }] as const,
  /** Every availability page of a slug, in every zone (the prefix to invalidate). */
  availability: (client: Pick<MeetingsClient, 'scope'>, slug: string) =>
    [...meetingsQueryKeys.client(client), 'availability', { slug }] as const,
  /** One availability page. */
  availabilityPage: (client: Pick<MeetingsClient, 'scope'>, { slug, timezone, monthOffset }: AvailabilityPageParams) =>
    [...meetingsQueryKeys.client(client), 'availability', { slug, timezone, monthOffset }] as const,
  /** The search for the first month offset that has a free slot. */
  firstAvailableMonth: (client: Pick<MeetingsClient, 'scope'>, { slug, timezone }: SchedulingPageParams, maxMonths: number) =>
    [...meetingsQueryKeys.client(client), 'first-available-month', { slug, timezone, maxMonths }] as const,
  /** Book calls of a slug (a mutation key: `useIsMutating` counts them). */
  book: (client: Pick<MeetingsClient, 'scope'>, slug: string) => [...meetingsQueryKeys.client(client), 'book', { slug }] as const,
};

/** The parameters of an availability page's key, read by name; undefined for any other key. */
export function availabilityPageParamsOfKey(key: readonly unknown[]): AvailabilityPageParams | undefined {
  const params = key.at(-1);
  if (key.at(-2) !== 'availability' || typeof params !== 'object' || params === null) return undefined;
  const { slug, timezone, monthOffset } = params as Partial<AvailabilityPageParams>;
  if (typeof slug !== 'string' || typeof timezone !== 'string' || typeof monthOffset !== 'number') return undefined;
  return { slug, timezone, monthOffset };
}
