import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookingMessages } from '../i18n/bookingMessages';

/** What the visitor reads for a failure that is not theirs to fix in the form. */
export function bookingFailureText(error: MeetingsApiError, messages: BookingMessages): string {
  switch (error.kind) {
    case 'network':
      return messages.failureNetwork;
    case 'offline':
      return messages.failureOffline;
    case 'timeout':
      return messages.failureTimeout;
    case 'rate-limited':
      return messages.failureRateLimited(error.retryAfterMs === undefined ? undefined : Math.max(1, Math.ceil(error.retryAfterMs / 1000)));
    case 'not-found':
      return messages.failureNotFound;
    case 'invalid-response':
      return messages.failureInvalidResponse;
    case 'verification-failed':
      return messages.failureVerification;
    case 'validation':
    case 'conflict':
      return messages.failureRejected(error.message);
    default:
      return messages.failureServer;
  }
}
