import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { AvailabilityPage, MeetingsClient } from '../api/types';
import { AVAILABILITY_STALE_TIME, availabilityPageQueryOptions } from './availabilityPageQueryOptions';
import { MEETINGS_NETWORK_MODE } from './meetingsNetworkMode';
import { meetingsQueryKeys, type SchedulingPageParams } from './meetingsQueryKeys';

/** How far the search for a free slot pages forward before giving up. */
export const DEFAULT_MAX_SEARCH_MONTHS = 12;

function hasFutureSlot(page: AvailabilityPage, now: number): boolean {
  return Object.values(page.slotsByDuration).some((slots) => slots.some((slot) => slot.start > now));
}

/**
 * Query options of the search for the first month offset (from the current month in `timezone`)
 * whose page has a free slot in the future, paging forward while `hasMore` and at most
 * `maxMonths` pages. Resolves to `null` when there is none. Pages are read through the cache,
 * so month 0 (seeded by booking info) costs no request and every page fetched stays cached.
 */
export function firstAvailableMonthQueryOptions(
  client: MeetingsClient,
  params: SchedulingPageParams,
  maxMonths: number = DEFAULT_MAX_SEARCH_MONTHS,
) {
  return queryOptions<number | null, MeetingsApiError>({
    queryKey: meetingsQueryKeys.firstAvailableMonth(client, params, maxMonths),
    queryFn: async (context) => {
      const queryClient = (context as { client?: typeof context.client }).client;
      for (let monthOffset = 0; monthOffset < maxMonths; monthOffset += 1) {
        const options = availabilityPageQueryOptions(client, { ...params, monthOffset });
        const page = queryClient
          ? await queryClient.ensureQueryData(options)
          : await client.getAvailabilityPage(params.slug, { timezone: params.timezone, monthOffset }, { signal: context.signal });
        if (hasFutureSlot(page, Date.now())) return monthOffset;
        if (!page.hasMore) return null;
      }
      return null;
    },
    networkMode: MEETINGS_NETWORK_MODE,
    // `always` turns reconnect refetches off by default; reads come back with the connection.
    refetchOnReconnect: true,
    staleTime: AVAILABILITY_STALE_TIME,
    // Each page already retries on its own; retrying the whole search would multiply them.
    retry: false,
  });
}

/**
 * The search's answer when the cache already gives it: 0, with the page's time, when month 0's
 * page (seeded by the booking info) has a free slot ahead. Otherwise undefined (search).
 */
export function cachedFirstAvailableMonth(
  queryClient: QueryClient,
  client: MeetingsClient,
  params: SchedulingPageParams,
): { month: 0; updatedAt: number } | undefined {
  const state = queryClient.getQueryState<AvailabilityPage>(availabilityPageQueryOptions(client, { ...params, monthOffset: 0 }).queryKey);
  const page = state?.data;
  return page && hasFutureSlot(page, Date.now()) ? { month: 0, updatedAt: state.dataUpdatedAt } : undefined;
}
