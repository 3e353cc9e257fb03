import type { QueryClient } from '@tanstack/react-query';
import type { MeetingsClient } from '../api/types';
import { availabilityPageQueryOptions } from './availabilityPageQueryOptions';
import { bookingInfoQueryOptions } from './bookingInfoQueryOptions';
import { DEFAULT_MAX_SEARCH_MONTHS, firstAvailableMonthQueryOptions } from './firstAvailableMonthQueryOptions';

/** Options of {@link prefetchBookingInfo}. */
export interface PrefetchBookingInfoOptions {
  /**
   * The client to fetch with. Its `scope` must equal the browser's (same `apiBaseUrl` and
   * `apiVersion`, or the same explicit scope) so the browser finds the data under the same keys.
   */
  client: MeetingsClient;
  /** The scheduling page's slug. */
  slug: string;
  /** IANA zone: must be the one the widget is given (`timezone` prop), or the keys differ. */
  timezone: string;
  /**
   * How many months the search for the opening month looks at.
   * @defaultValue 12
   */
  maxMonths?: number;
}

/**
 * Fetches on a server what the widget needs to show an interactive calendar at once: the booking
 * info, the search for the opening month, that month's page and, when the server has more, the
 * next one (which the calendar would prefetch). Pass the QueryClient to React Query's `dehydrate`
 * and the result to a `HydrationBoundary` around the widget: the browser then sends no request
 * before the first day can be clicked. Failures are not thrown: the browser fetches again.
 */
export async function prefetchBookingInfo(queryClient: QueryClient, options: PrefetchBookingInfoOptions): Promise<void> {
  const { client, slug, timezone, maxMonths = DEFAULT_MAX_SEARCH_MONTHS } = options;
  // Booking info carries month 0 and seeds its page; the search reads pages through the cache.
  await queryClient.prefetchQuery(bookingInfoQueryOptions(client, { slug, timezone }));
  const search = firstAvailableMonthQueryOptions(client, { slug, timezone }, maxMonths);
  await queryClient.prefetchQuery(search);
  const monthOffset = queryClient.getQueryData(search.queryKey);
  if (typeof monthOffset !== 'number') return;
  const opening = availabilityPageQueryOptions(client, { slug, timezone, monthOffset });
  await queryClient.prefetchQuery(opening);
  if (queryClient.getQueryData(opening.queryKey)?.hasMore) {
    await queryClient.prefetchQuery(availabilityPageQueryOptions(client, { slug, timezone, monthOffset: monthOffset + 1 }));
  }
}
