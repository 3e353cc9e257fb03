import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { AvailabilityPage } from '../api/types';
import { availabilityPageQueryOptions } from './availabilityPageQueryOptions';
import { availabilityPageParamsOfKey, type AvailabilityPageParams } from './meetingsQueryKeys';
import { useMeetingsClient } from './MeetingsClientContext';

/** Options of `useMonthAvailability`. */
export interface UseMonthAvailabilityOptions {
  /**
   * `false` to wait (e.g. until the month is known). Default true.
   * @defaultValue true
   */
  enabled?: boolean;
}

/**
 * One month of availability. A new month shows its own loading state (prefetching makes it
 * instant), but a new time zone keeps showing the same month's slots, regrouped by the caller in
 * the new zone, until the page for the new zone arrives: the slots are the same instants.
 */
export function useMonthAvailability(
  params: AvailabilityPageParams,
  options: UseMonthAvailabilityOptions = {},
): UseQueryResult<AvailabilityPage, MeetingsApiError> {
  const client = useMeetingsClient();
  const base = availabilityPageQueryOptions(client, params);
  return useQuery({
    ...base,
    enabled: options.enabled ?? true,
    placeholderData: (previousData, previousQuery) => {
      const previous = previousQuery && availabilityPageParamsOfKey(previousQuery.queryKey);
      if (!previous || previousData === undefined) return undefined;
      return previous.slug === params.slug && previous.timezone !== params.timezone && previous.monthOffset === params.monthOffset
        ? previousData
        : undefined;
    },
  });
}
