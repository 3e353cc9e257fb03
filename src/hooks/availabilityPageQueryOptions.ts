import { queryOptions } from '@tanstack/react-query';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { AvailabilityPage, MeetingsClient } from '../api/types';
import { MEETINGS_NETWORK_MODE } from './meetingsNetworkMode';
import { meetingsQueryKeys, type AvailabilityPageParams } from './meetingsQueryKeys';
import { meetingsQueryRetryDelay, shouldRetryMeetingsQuery } from './meetingsQueryRetry';

/** Availability is fresh for a minute: long enough that seeded and prefetched pages are reused. */
export const AVAILABILITY_STALE_TIME = 60_000;

/**
 * Query options of one availability page (the availability-page call with `monthOffset`), for
 * `useQuery`, `prefetchQuery`, `ensureQueryData` and `setQueryData` alike.
 */
export function availabilityPageQueryOptions(client: MeetingsClient, params: AvailabilityPageParams) {
  const { slug, timezone, monthOffset } = params;
  return queryOptions<AvailabilityPage, MeetingsApiError>({
    queryKey: meetingsQueryKeys.availabilityPage(client, params),
    queryFn: ({ signal }) => client.getAvailabilityPage(slug, { timezone, monthOffset }, { signal }),
    networkMode: MEETINGS_NETWORK_MODE,
    // `always` turns reconnect refetches off by default; reads come back with the connection.
    refetchOnReconnect: true,
    staleTime: AVAILABILITY_STALE_TIME,
    retry: shouldRetryMeetingsQuery,
    retryDelay: meetingsQueryRetryDelay,
  });
}
