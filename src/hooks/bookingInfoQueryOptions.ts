import { queryOptions } from '@tanstack/react-query';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookingInfo, MeetingsClient } from '../api/types';
import { availabilityPageQueryOptions } from './availabilityPageQueryOptions';
import { MEETINGS_NETWORK_MODE } from './meetingsNetworkMode';
import { meetingsQueryKeys, type SchedulingPageParams } from './meetingsQueryKeys';
import { meetingsQueryRetryDelay, shouldRetryMeetingsQuery } from './meetingsQueryRetry';

/** The page's settings rarely change while a visitor looks at it. */
export const BOOKING_INFO_STALE_TIME = 5 * 60_000;

/**
 * Query options of a slug's booking info. Booking info already carries the first month of
 * availability, so the query seeds the availability page of month offset 0 in the same zone:
 * the first calendar then needs exactly one request.
 */
export function bookingInfoQueryOptions(client: MeetingsClient, params: SchedulingPageParams) {
  const { slug, timezone } = params;
  return queryOptions<BookingInfo, MeetingsApiError>({
    queryKey: meetingsQueryKeys.bookingInfo(client, params),
    queryFn: async (context) => {
      const info = await client.getBookingInfo(slug, { timezone }, { signal: context.signal });
      // `client` joined the query function context in a later 5.x release; without it the month
      // is simply fetched once more by the availability-page call.
      const queryClient = (context as { client?: typeof context.client }).client;
      queryClient?.setQueryData(
        availabilityPageQueryOptions(client, { slug, timezone, monthOffset: 0 }).queryKey,
        info.availability,
      );
      return info;
    },
    networkMode: MEETINGS_NETWORK_MODE,
    // `always` turns reconnect refetches off by default; reads come back with the connection.
    refetchOnReconnect: true,
    staleTime: BOOKING_INFO_STALE_TIME,
    retry: shouldRetryMeetingsQuery,
    retryDelay: meetingsQueryRetryDelay,
  });
}
