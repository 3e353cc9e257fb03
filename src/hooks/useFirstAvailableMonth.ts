import { keepPreviousData, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import { cachedFirstAvailableMonth, firstAvailableMonthQueryOptions } from './firstAvailableMonthQueryOptions';
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
  const queryClient = useQueryClient();
  return useQuery({
    ...firstAvailableMonthQueryOptions(client, params, options.maxMonths),
    // Known at the first render when the booking info carried it: the calendar shows in that
    // render instead of after the query subscribes in an effect and resolves a task later.
    initialData: () => cachedFirstAvailableMonth(queryClient, client, params)?.month,
    initialDataUpdatedAt: () => cachedFirstAvailableMonth(queryClient, client, params)?.updatedAt,
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
  });
}
