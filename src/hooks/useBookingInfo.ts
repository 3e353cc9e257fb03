import { useQuery, type UseQueryResult } from '@tanstack/react-query';
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
  return useQuery(bookingInfoQueryOptions(client, params));
}
