import { useId, useLayoutEffect, useRef } from 'react';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { FlowMessages } from '../i18n/FlowMessages';

/** Props of {@link BookingStepFailure}. */
export interface BookingStepFailureProps {
  /** Why the form could not be shown (a crash of the step comes as `invalid-response`). */
  error: MeetingsApiError;
  /** UI strings. */
  messages: FlowMessages;
  /** Load the form again. */
  onRetry: () => void;
  /** Back to the calendar on the chosen day; the flow keeps the day and time. */
  onBack: () => void;
}

/**
 * Shown in place of the booking form when it could not be loaded or rendered: the step's heading
 * (focused, as the form's would be), what went wrong, and ways to retry or go back. The chosen
 * day and time and anything typed stay in the flow.
 */
export function BookingStepFailure({ error, messages, onRetry, onBack }: BookingStepFailureProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // As BookingStep: focus lands in the commit that shows the step.
  useLayoutEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="ms-booking" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="ms-booking__heading">
        {messages.bookingStepHeading}
      </h2>
      <div className="ms-booking-failure" role="alert" data-kind={error.kind}>
        <p className="ms-booking-failure__text">{messages.errorDescription(error)}</p>
        <button type="button" className="ms-booking-button ms-booking-button--secondary" onClick={onRetry}>
          {messages.tryAgain}
        </button>
        <button
          type="button"
          className="ms-booking-button ms-booking-button--secondary"
          onClick={onBack}
          aria-label={messages.changeSlotLabel}
        >
          {messages.changeSlot}
        </button>
      </div>
    </section>
  );
}
