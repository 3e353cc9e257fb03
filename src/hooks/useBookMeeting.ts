import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { MeetingsApiError, isMeetingsApiError } from '../api/MeetingsApiError';
import type { BookMeetingRequest, BookingResult } from '../api/types';
import { useMeetingsClient } from './MeetingsClientContext';
import { MEETINGS_NETWORK_MODE } from './meetingsNetworkMode';

/** The booking mutation: `mutate(request)` sends one book call. */
export type UseBookMeetingResult = UseMutationResult<BookingResult, MeetingsApiError, BookMeetingRequest>;

/**
 * Books a meeting through the widget's client. A booking is never retried automatically
 * (`retry: 0`): a second POST after a lost answer could book the visitor twice, so only the
 * visitor decides to try again. Offline it fails at once with an `offline` error.
 */
export function useBookMeeting(): UseBookMeetingResult {
  const client = useMeetingsClient();
  return useMutation<BookingResult, MeetingsApiError, BookMeetingRequest>({
    mutationFn: async (request) => {
      try {
        return await client.bookMeeting(request);
      } catch (error) {
        // The client only throws MeetingsApiError; anything else is a bug or a host's custom
        // client, and the step still needs a kind to switch on.
        if (isMeetingsApiError(error)) throw error;
        throw new MeetingsApiError({ kind: 'network', message: String(error), cause: error });
      }
    },
    retry: 0,
    // Never paused offline and resumed later by itself: offline fails at once (see MEETINGS_NETWORK_MODE).
    networkMode: MEETINGS_NETWORK_MODE,
  });
}
