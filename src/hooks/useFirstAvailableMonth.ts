import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import { firstAvailableMonthQueryOptions } from './firstAvailableMonthQueryOptions';
import type { SchedulingPageParams } from './meetingsQueryKeys';
import { useMeetingsClient } from './MeetingsClientContext';

/**
 * The first month offset (from the current month in `timezone`) with a free slot, or `null` when
 * none exists within `maxMonths`. Month 0 comes from the booking info cache, so the usual case
 * costs no request. When the zone changes, the previous answer stands until the new one is known:
 * the opening month rarely differs, and the calendar can regroup at once meanwhile.
 */
export function useFirstAvailableMonth(
  params: SchedulingPageParams,
  options: { enabled?: boolean; maxMonths?: number } = {},
): UseQueryResult<number | null, MeetingsApiError> {
  const client = useMeetingsClient();
  return useQuery({
    ...firstAvailableMonthQueryOptions(client, params, options.maxMonths),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
  });
}
