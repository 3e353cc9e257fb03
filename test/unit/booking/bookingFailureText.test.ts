// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MeetingsApiError, type MeetingsApiErrorKind } from '../../../src/api/MeetingsApiError';
import { bookingFailureText } from '../../../src/booking/bookingFailureText';
import { defaultBookingMessages as m } from '../../../src/i18n/bookingMessages';

const error = (kind: MeetingsApiErrorKind, extra: { retryAfterMs?: number; message?: string } = {}) =>
  new MeetingsApiError({ kind, message: extra.message ?? 'raw', retryAfterMs: extra.retryAfterMs });

describe('bookingFailureText', () => {
  it.each([
    ['network', m.failureNetwork],
    ['timeout', m.failureTimeout],
    ['server', m.failureServer],
    ['not-found', m.failureNotFound],
    ['invalid-response', m.failureInvalidResponse],
  ] as const)('explains %s', (kind, text) => {
    expect(bookingFailureText(error(kind), m)).toBe(text);
  });

  it('never tells the visitor the booking surely failed when the outcome is unknown', () => {
    for (const kind of ['timeout', 'invalid-response'] as const) {
      expect(bookingFailureText(error(kind), m)).toMatch(/not known whether the meeting was booked/);
    }
  });

  it('says how long to wait when the service said, rounding up to whole seconds', () => {
    expect(bookingFailureText(error('rate-limited', { retryAfterMs: 1_200 }), m)).toBe(
      'Too many attempts in a short time. Please wait 2 seconds and try again.',
    );
    expect(bookingFailureText(error('rate-limited', { retryAfterMs: 0 }), m)).toMatch(/wait 1 second and/);
    expect(bookingFailureText(error('rate-limited'), m)).toBe('Too many attempts in a short time. Please wait a moment and try again.');
  });

  it("quotes the service's own words for a refusal", () => {
    expect(bookingFailureText(error('validation', { message: 'Bookings are paused.' }), m)).toBe(
      'The booking was not accepted: Bookings are paused.',
    );
  });
});
