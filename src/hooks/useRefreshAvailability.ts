import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AvailabilityPage, TimeSlot } from '../api/types';
import { meetingsQueryKeys } from './meetingsQueryKeys';
import { useMeetingsClient } from './MeetingsClientContext';

function withoutSlot(page: AvailabilityPage, taken: TimeSlot): AvailabilityPage {
  const slotsByDuration: Record<number, TimeSlot[]> = {};
  for (const [duration, slots] of Object.entries(page.slotsByDuration)) {
    // Any slot overlapping the taken one is gone too: the organizer is busy then.
    slotsByDuration[Number(duration)] = slots.filter((slot) => slot.end <= taken.start || slot.start >= taken.end);
  }
  return { ...page, slotsByDuration };
}

/**
 * Returns a function that refreshes every cached availability page of a slug, e.g. after a slot
 * was taken meanwhile. With `taken`, overlapping slots disappear at once from the cache, so the
 * visitor never sees the taken time again while the fresh pages load.
 */
export function useRefreshAvailability(): (slug: string, taken?: TimeSlot) => Promise<void> {
  const client = useMeetingsClient();
  const queryClient = useQueryClient();
  return useCallback(
    async (slug: string, taken?: TimeSlot) => {
      const queryKey = meetingsQueryKeys.availability(client, slug);
      if (taken) {
        queryClient.setQueriesData<AvailabilityPage>({ queryKey }, (page) => (page ? withoutSlot(page, taken) : page));
      }
      await queryClient.invalidateQueries({ queryKey });
    },
    [client, queryClient],
  );
}
