/** The four calls of the Meetings API, as the mock names them. */
export type MockCall = 'listMeetingLinks' | 'getBookingInfo' | 'getAvailabilityPage' | 'bookMeeting';

/** A canned HTTP answer. */
export interface MockFaultResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A failure injected into one call:
 * - a canned response (e.g. 500 or a 400 with field errors),
 * - `'network-error'`: the request fails as if the connection dropped,
 * - `{ delayMs }`: the call is answered normally after a pause (combines with other faults),
 * - `'occupy-slot'` (bookMeeting): the requested slot is taken by someone else just before the
 *   fake answers, so the visitor gets the fake's own 409.
 */
export interface MockFault {
  call: MockCall;
  /** How many matching requests it affects; default unlimited. */
  times?: number;
  response: MockFaultResponse | 'network-error' | { delayMs: number } | 'occupy-slot';
}
