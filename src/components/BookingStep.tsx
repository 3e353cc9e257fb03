import { useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { BookingFormValues } from '../booking/BookingFormValues';
import { lockedFieldKeys } from '../booking/lockedFieldKeys';
import { useAnnounce } from '../hooks/useAnnounce';
import { useBookingSubmit } from '../hooks/useBookingSubmit';
import { BookingForm } from './BookingForm';
import { BookingFormErrorSummary } from './BookingFormErrorSummary';
import { BookingFormFailure } from './BookingFormFailure';
import type { BookingStepProps } from './BookingStepProps';
import { SlotSummary } from './SlotSummary';

/**
 * The booking step as a view over {@link useBookingSubmit}: the chosen slot, the form (details,
 * questions, guests, consent) and the submit. The flow keeps the values, so a failure, going
 * back, or a slot taken meanwhile never loses what was typed.
 */
export function BookingStep(props: BookingStepProps) {
  const { slug, info, slot, locale, hourCycle, messages, prefill, values } = props;
  const idPrefix = useId();
  const lockedKeys = useMemo(() => lockedFieldKeys(info, prefill, messages), [info, prefill, messages]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const booking = useBookingSubmit({
    slug,
    info,
    slot,
    values,
    locale,
    messages,
    onSubmit: props.onSubmit,
    onBooked: props.onBooked,
    onSlotTaken: props.onSlotTaken,
    onError: props.onError,
    focusRefs: { summary: summaryRef, failure: failureRef, submit: submitRef },
  });

  // A layout effect: focus lands in the same commit that shows the form, even when the form
  // appears after its chunk loaded (passive effects of such a commit may run a frame later).
  useLayoutEffect(() => {
    headingRef.current?.focus();
  }, []);

  // The button's new text is not read while it has focus: the shared live region says it.
  const announce = useAnnounce();
  const { isSubmitting } = booking;
  const { bookingInProgress } = messages;
  useEffect(() => {
    if (isSubmitting) announce(bookingInProgress);
  }, [isSubmitting, bookingInProgress, announce]);

  const changeField = (next: BookingFormValues, key: string) => {
    props.onValuesChange(next);
    booking.clearFieldError(key);
  };

  return (
    <section className="ms-booking" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`} ref={headingRef} tabIndex={-1} className="ms-booking__heading">
        {messages.bookingStepHeading}
      </h2>
      <SlotSummary
        slot={slot}
        locale={locale}
        hourCycle={hourCycle}
        messages={messages}
        onBack={props.onBack}
        backDisabled={booking.isSubmitting}
      />
      <BookingFormErrorSummary
        ref={summaryRef}
        idPrefix={idPrefix}
        errors={booking.fieldErrors}
        general={booking.generalErrors}
        messages={messages}
      />
      {booking.failure && (
        // Keyed by the failed attempt: a second identical failure is a new alert, announced again.
        <div ref={failureRef} key={booking.failureKey}>
          <BookingFormFailure error={booking.failure} onRetry={booking.submit} busy={booking.isSubmitting} messages={messages} />
        </div>
      )}
      <BookingForm
        idPrefix={idPrefix}
        info={info}
        values={values}
        errors={booking.fieldErrors}
        lockedKeys={lockedKeys}
        submitting={booking.isSubmitting}
        onFieldChange={changeField}
        onSubmit={booking.submit}
        submitRef={submitRef}
        messages={messages}
      />
    </section>
  );
}
