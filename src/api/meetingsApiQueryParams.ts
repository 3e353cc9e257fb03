import type { MeetingsApiCall } from './MeetingsApiCall';

/**
 * The query parameters each call takes (DESIGN §2). The client sends no others and the proxy
 * forwards no others.
 */
export const meetingsApiQueryParams: Readonly<Record<MeetingsApiCall, readonly string[]>> = {
  listMeetingLinks: ['limit', 'after', 'name', 'organizerUserId', 'type'],
  getBookingInfo: ['timezone', 'monthOffset'],
  getAvailabilityPage: ['timezone', 'monthOffset'],
  bookMeeting: ['timezone'],
};
