import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { availabilityPageQueryOptions } from './availabilityPageQueryOptions';
import type { AvailabilityPageParams } from './meetingsQueryKeys';
import { useMeetingsClient } from './MeetingsClientContext';

/**
 * Loads a month into the cache ahead of time (typically the next one), so paging to it shows its
 * slots without a loading state. Does nothing while `enabled` is false or the page is fresh.
 */
export function usePrefetchMonth(params: AvailabilityPageParams, enabled = true): void {
  const client = useMeetingsClient();
  const queryClient = useQueryClient();
  const { slug, timezone, monthOffset } = params;
  useEffect(() => {
    if (!enabled) return;
    void queryClient.prefetchQuery(availabilityPageQueryOptions(client, { slug, timezone, monthOffset }));
  }, [client, queryClient, slug, timezone, monthOffset, enabled]);
}
