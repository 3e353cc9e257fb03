import type { UseMutationOptions } from '@tanstack/react-query';
import { isMeetingsApiError, MeetingsApiError } from '../api/MeetingsApiError';
import type { BookMeetingRequest, BookingResult, MeetingsClient } from '../api/types';
import { MEETINGS_NETWORK_MODE } from './meetingsNetworkMode';
import { meetingsQueryKeys } from './meetingsQueryKeys';

/** Options of the book mutation: for `useMutation`, or `queryClient.getMutationCache().build`. */
export type BookMeetingMutationOptions = UseMutationOptions<BookingResult, MeetingsApiError, BookMeetingRequest> & {
  mutationKey: readonly unknown[];
};

/**
 * Mutation options of the book call for `slug`. Never retried (`retry: 0`): a second POST after a
 * lost answer could book the visitor twice, so only the visitor decides to try again. Rejects with
 * a `MeetingsApiError` only: anything else a custom client throws becomes a `network` error, so
 * error routing can always switch on `kind`. The key (`meetingsQueryKeys.book`) lets
 * `queryClient.isMutating` tell whether a booking of the slug is on its way. Offline it rejects at
 * once with an `offline` error.
 */
export function bookMeetingMutationOptions(client: MeetingsClient, slug: string): BookMeetingMutationOptions {
  return {
    mutationKey: meetingsQueryKeys.book(client, slug),
    mutationFn: async (request) => {
      try {
        return await client.bookMeeting(request);
      } catch (error) {
        if (isMeetingsApiError(error)) throw error;
        throw new MeetingsApiError({ kind: 'network', message: String(error), cause: error });
      }
    },
    retry: 0,
    // Never paused offline and sent later by itself: offline fails at once (see MEETINGS_NETWORK_MODE).
    networkMode: MEETINGS_NETWORK_MODE,
  };
}
