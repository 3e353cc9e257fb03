import type { QueryClient } from '@tanstack/react-query';
import type { BookingInfo, MeetingsClient } from '../api/types';
import { availabilityPageQueryOptions } from './availabilityPageQueryOptions';
import { bookingInfoQueryOptions } from './bookingInfoQueryOptions';
import type { SchedulingPageParams } from './meetingsQueryKeys';

/**
 * Caches booking info that arrived another way (the script-tag loader's early request) exactly as
 * its query does: the info, and the month it carries as that month's page in the same zone.
 */
export function setBookingInfoData(
  queryClient: QueryClient,
  client: MeetingsClient,
  params: SchedulingPageParams,
  info: BookingInfo,
): void {
  queryClient.setQueryData(bookingInfoQueryOptions(client, params).queryKey, info);
  queryClient.setQueryData(
    availabilityPageQueryOptions(client, { ...params, monthOffset: 0 }).queryKey,
    info.availability,
  );
}
