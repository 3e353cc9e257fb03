/** The four calls of the Meetings API this library makes, named after the client's methods. */
export type MeetingsApiCall = 'listMeetingLinks' | 'getBookingInfo' | 'getAvailabilityPage' | 'bookMeeting';
