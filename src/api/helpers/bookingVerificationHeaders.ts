import { MeetingsApiError } from '../MeetingsApiError';
import { defaultErrorMessages } from './defaultErrorMessages';

/** The header the proxy's `verifyBooking` reads the human check's token from. */
export const BOOKING_VERIFICATION_HEADER = 'X-Booking-Verification';

/**
 * The book call's `X-Booking-Verification` header from the host's callback, or none without a
 * callback or a token (the proxy then decides). A callback that throws or gives something that
 * cannot be a header is a `verification-failed` error: the booking is not sent, and the form
 * (with everything typed) stays for another try.
 */
export async function bookingVerificationHeaders(
  getToken: (() => string | undefined | Promise<string | undefined>) | undefined,
): Promise<Record<string, string> | undefined> {
  if (!getToken) return undefined;
  let token: unknown;
  try {
    token = await getToken();
  } catch (error) {
    throw new MeetingsApiError({ kind: 'verification-failed', message: defaultErrorMessages['verification-failed'], cause: error });
  }
  if (token === undefined || token === null || token === '') return undefined;
  if (typeof token !== 'string' || token.trim() === '' || /[\r\n]/.test(token)) {
    throw new MeetingsApiError({ kind: 'verification-failed', message: defaultErrorMessages['verification-failed'] });
  }
  return { [BOOKING_VERIFICATION_HEADER]: token.trim() };
}
