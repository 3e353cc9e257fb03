import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { BookMeetingRequest } from '../api/types';
import type { BookingFormValues } from '../booking/BookingFormValues';
import { useBookMeeting } from '../hooks/useBookMeeting';
import type { BookingStepProps } from './BookingStepProps';

function initialValues(props: BookingStepProps): BookingFormValues {
  const text = (v: unknown) => (typeof v === 'string' ? v : v && typeof v === 'object' && 'value' in v ? String(v.value) : '');
  return {
    firstName: text(props.prefill?.firstName),
    lastName: text(props.prefill?.lastName),
    email: text(props.prefill?.email),
    guestEmails: [],
    formFields: {},
    communicationConsents: {},
    processingConsent: false,
  };
}

/** The booking step: the chosen slot, the form, consent and the submit button. */
export function BookingStep(props: BookingStepProps) {
  const { slot, messages, onValuesChange } = props;
  const values = props.values ?? initialValues(props);
  const mutation = useBookMeeting();
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => headingRef.current?.focus(), []);

  const update = (patch: Partial<BookingFormValues>) => onValuesChange({ ...values, ...patch });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    const request: BookMeetingRequest = {
      slug: props.slug,
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      email: values.email.trim(),
      startTime: slot.start,
      duration: slot.duration,
      guestEmails: [],
      timezone: slot.timezone,
      locale: props.locale.toLowerCase(),
      formFields: [],
      legalConsentResponses: [],
      likelyAvailableUserIds: [],
    };
    props.onSubmit?.(request);
    mutation.mutate(request, {
      onSuccess: (result) => props.onBooked(result, request),
      onError: (error) => {
        props.onError?.(error);
        if (error.kind === 'conflict') props.onSlotTaken(error);
        else setFailure(error.message);
      },
      onSettled: () => {
        inFlight.current = false;
      },
    });
  };

  return (
    <section className="ms-booking" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {messages.bookingStepHeading}
      </h2>
      <button type="button" onClick={props.onBack} aria-label={messages.changeSlotLabel}>
        {messages.changeSlot}
      </button>
      {failure && <p role="alert">{failure}</p>}
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-first`}>{messages.firstNameLabel}</label>
        <input id={`${id}-first`} value={values.firstName} onChange={(e) => update({ firstName: e.target.value })} />
        <label htmlFor={`${id}-last`}>{messages.lastNameLabel}</label>
        <input id={`${id}-last`} value={values.lastName} onChange={(e) => update({ lastName: e.target.value })} />
        <label htmlFor={`${id}-email`}>{messages.emailLabel}</label>
        <input id={`${id}-email`} type="email" value={values.email} onChange={(e) => update({ email: e.target.value })} />
        <button type="submit" disabled={mutation.isPending} aria-busy={mutation.isPending}>
          {mutation.isPending ? messages.bookingInProgress : messages.bookMeeting}
        </button>
      </form>
    </section>
  );
}
