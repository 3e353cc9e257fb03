import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookingInfo } from '../api/types';
import { bookingInfoQueryOptions } from './bookingInfoQueryOptions';
import type { SchedulingPageParams } from './meetingsQueryKeys';
import { useMeetingsClient } from './MeetingsClientContext';

/**
 * The booking info of a scheduling page (settings, form, branding and the first month of
 * availability). Also seeds month 0 of `useMonthAvailability` in the same zone.
 */
export function useBookingInfo(params: SchedulingPageParams): UseQueryResult<BookingInfo, MeetingsApiError> {
  const client = useMeetingsClient();
  const queryClient = useQueryClient();
  const options = bookingInfoQueryOptions(client, params);
  // The request starts with the first render, not when useQuery subscribes in an effect: that
  // waited for the skeleton's frame to be painted. Only for a query not in the cache at all, so it
  // is one request (the observer joins it) and hydrated or cached data is left alone; never in a
  // server render, which must not ask (the server prefetches with prefetchBookingInfo instead).
  if (typeof document !== 'undefined' && queryClient.getQueryState(options.queryKey) === undefined) {
    void queryClient.prefetchQuery(options);
  }
  return useQuery(options);
}
