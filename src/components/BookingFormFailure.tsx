import type { MeetingsApiError } from '../api/MeetingsApiError';
import { bookingFailureText } from '../booking/bookingFailureText';
import type { BookingMessages } from '../i18n/bookingMessages';

/** Props of {@link BookingFormFailure}. */
export interface BookingFormFailureProps {
  /** The failure of the book call. */
  error: MeetingsApiError;
  /** Send the form again. */
  onRetry: () => void;
  /** While a retry is out. */
  busy: boolean;
  /** UI strings. */
  messages: BookingMessages;
}

/**
 * A failed booking that the visitor can only retry: an alert (announced at once) saying what
 * happened, and a button that sends the same form again. Nothing typed is lost.
 */
export function BookingFormFailure({ error, onRetry, busy, messages }: BookingFormFailureProps) {
  const retryable = error.kind !== 'not-found';
  return (
    <div className="ms-booking-failure" role="alert">
      <p className="ms-booking-failure__text">{bookingFailureText(error, messages)}</p>
      {retryable && (
        <button type="button" className="ms-booking-button ms-booking-button--secondary" aria-disabled={busy || undefined}
          // Not `disabled`: the retry keeps its focus while the request is out (see BookingForm).
          onClick={() => {
            if (!busy) onRetry();
          }}
        >
          {messages.retryBooking}
        </button>
      )}
    </div>
  );
}
