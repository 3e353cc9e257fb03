import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookMeetingRequest, BookingResult } from '../api/types';
import { bookMeetingMutationOptions } from './bookMeetingMutationOptions';
import { useMeetingsClient } from './MeetingsClientContext';

/** The booking mutation: `mutate(request)` sends one book call. */
export type UseBookMeetingResult = UseMutationResult<BookingResult, MeetingsApiError, BookMeetingRequest>;

/**
 * Books a meeting of `slug` through the provider's client (see `bookMeetingMutationOptions`:
 * never retried, errors always a `MeetingsApiError`). `useBookingSubmit` adds validation, one
 * request per submit and error routing on top.
 */
export function useBookMeeting(slug: string): UseBookMeetingResult {
  const client = useMeetingsClient();
  return useMutation(bookMeetingMutationOptions(client, slug));
}
