import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { isMeetingsApiError, MeetingsApiError } from '../api/MeetingsApiError';
import type { BookingFormValues } from '../booking/BookingFormValues';
import { buildBookRequest } from '../booking/buildBookRequest';
import { createInitialFormValues } from '../booking/createInitialFormValues';
import { lockedFieldKeys } from '../booking/lockedFieldKeys';
import { mapServerFieldErrors } from '../booking/mapServerFieldErrors';
import { validateBookingForm, type BookingFormErrors } from '../booking/validateBookingForm';
import { reportHostError } from '../hooks/reportHostError';
import { useBookMeeting } from '../hooks/useBookMeeting';
import { BookingForm } from './BookingForm';
import { BookingFormErrorSummary } from './BookingFormErrorSummary';
import { BookingFormFailure } from './BookingFormFailure';
import type { BookingStepProps } from './BookingStepProps';
import { SlotSummary } from './SlotSummary';

/** Problems to show above the form, and whether the summary should take focus. */
interface FormProblems {
  fields: BookingFormErrors;
  general: string[];
}

const NO_PROBLEMS: FormProblems = { fields: {}, general: [] };

function lostFocus(): boolean {
  const active = typeof document === 'undefined' ? null : document.activeElement;
  return !active || active === document.body || (active instanceof HTMLButtonElement && active.disabled);
}

/**
 * The booking step: the chosen slot, the form (details, questions, guests, consent) and the
 * submit. It keeps no values of its own — the root does — so a failure, going back, or a slot
 * taken meanwhile never loses what was typed. One click books once.
 */
export function BookingStep(props: BookingStepProps) {
  const { slug, info, slot, locale, hourCycle, messages, prefill } = props;
  const idPrefix = useId();
  const initial = useMemo(() => createInitialFormValues(info, prefill), [info, prefill]);
  const values = props.values ?? initial;
  const lockedKeys = useMemo(() => lockedFieldKeys(info, prefill, messages), [info, prefill, messages]);
  const mutation = useBookMeeting();

  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [failure, setFailure] = useState<{ error: MeetingsApiError; attempt: number } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // State updates are not synchronous: two clicks in one frame would both see `submitting`
  // false. The ref is set before the request goes out, so the second click finds it taken.
  const inFlight = useRef(false);
  const attempts = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const retryRef = useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = useState<{ to: 'summary' | 'failure' | 'submit'; token: number } | null>(null);

  // A layout effect: focus lands in the same commit that shows the form, even when the form
  // appears after its chunk loaded (passive effects of such a commit may run a frame later).
  useLayoutEffect(() => {
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget.to === 'summary') summaryRef.current?.focus();
    else if (focusTarget.to === 'failure') retryRef.current?.querySelector('button')?.focus();
    else submitRef.current?.focus();
  }, [focusTarget]);

  const changeField = (next: BookingFormValues, key: string) => {
    props.onValuesChange(next);
    if (problems.fields[key] !== undefined) {
      const { [key]: _fixed, ...rest } = problems.fields;
      setProblems({ ...problems, fields: rest });
    }
  };

  const fail = (error: MeetingsApiError) => {
    props.onError?.(error);
    if (error.kind === 'conflict') {
      setFailure(null);
      props.onSlotTaken(error);
      return;
    }
    if (error.kind === 'validation') {
      const mapped = mapServerFieldErrors(
        error.fieldErrors,
        info,
        values.guestEmails.length,
        // The server writes English: in another language our own texts for known codes read better.
        /^en\b/i.test(locale) ? undefined : messages,
      );
      const general = mapped.unmatched.length > 0 || Object.keys(mapped.fieldErrors).length > 0 ? mapped.unmatched : [error.message];
      setFailure(null);
      setProblems({ fields: mapped.fieldErrors, general });
      setFocusTarget({ to: 'summary', token: attempts.current });
      return;
    }
    setFailure({ error, attempt: attempts.current });
    // The button that was pressed is disabled while booking and may have lost focus; hand it
    // to the retry button so a keyboard user is where the next action is.
    if (lostFocus()) setFocusTarget({ to: error.kind === 'not-found' ? 'submit' : 'failure', token: attempts.current });
  };

  const submit = async () => {
    if (inFlight.current) return;
    const clientErrors = validateBookingForm(values, info, messages);
    if (Object.keys(clientErrors).length > 0) {
      attempts.current += 1;
      setProblems({ fields: clientErrors, general: [] });
      setFocusTarget({ to: 'summary', token: attempts.current });
      return;
    }
    inFlight.current = true;
    attempts.current += 1;
    setProblems(NO_PROBLEMS);
    setSubmitting(true);
    const request = buildBookRequest({ slug, info, slot, values, timezone: slot.timezone, locale });
    try {
      props.onSubmit?.(request);
    } catch (hostError) {
      // A bug in the host's callback must not stop the booking.
      reportHostError(hostError);
    }
    let result: Awaited<ReturnType<typeof mutation.mutateAsync>>;
    try {
      // mutateAsync rather than mutate's callbacks: its promise settles even if the step
      // unmounts meanwhile, so a booking that succeeds is always reported to the root.
      result = await mutation.mutateAsync(request);
    } catch (error) {
      fail(isMeetingsApiError(error) ? error : new MeetingsApiError({ kind: 'server', message: String(error), cause: error }));
      return;
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
    setFailure(null);
    try {
      props.onBooked(result, request);
    } catch (hostError) {
      // The meeting is booked; a throwing callback must not show it as a failure.
      reportHostError(hostError);
    }
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
        backDisabled={submitting}
      />
      <BookingFormErrorSummary
        ref={summaryRef}
        idPrefix={idPrefix}
        errors={problems.fields}
        general={problems.general}
        messages={messages}
      />
      {failure && (
        // Keyed by attempt: a second identical failure is a new alert, announced again.
        <div ref={retryRef} key={failure.attempt}>
          <BookingFormFailure error={failure.error} onRetry={() => void submit()} busy={submitting} messages={messages} />
        </div>
      )}
      <BookingForm
        idPrefix={idPrefix}
        info={info}
        values={values}
        errors={problems.fields}
        lockedKeys={lockedKeys}
        submitting={submitting}
        onFieldChange={changeField}
        onSubmit={() => void submit()}
        submitRef={submitRef}
        messages={messages}
      />
    </section>
  );
}
