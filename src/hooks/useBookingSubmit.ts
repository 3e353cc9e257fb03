import { useMutation, useMutationState, useQueryClient, type MutationState } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useReducer, useState, type RefObject } from 'react';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookMeetingRequest, BookingInfo, BookingResult } from '../api/types';
import type { BookingFormValues } from '../booking/BookingFormValues';
import { buildBookRequest } from '../booking/buildBookRequest';
import { mapServerFieldErrors } from '../booking/mapServerFieldErrors';
import { readNamed, withoutNamed } from '../booking/nameKeyedRecord';
import { validateBookingForm, type BookingFormErrors } from '../booking/validateBookingForm';
import type { BookingMessages } from '../i18n/bookingMessages';
import type { SlotSelection } from '../model/SlotSelection';
import { bookMeetingMutationOptions } from './bookMeetingMutationOptions';
import { meetingsQueryKeys } from './meetingsQueryKeys';
import { useMeetingsClient } from './MeetingsClientContext';
import { reportHostError } from './reportHostError';
import { useLatestRef } from './useLatestRef';

/** Options of {@link useBookingSubmit}. */
export interface UseBookingSubmitOptions {
  /** The scheduling page's slug. */
  slug: string;
  /** The page's booking info (form fields, consent, members). */
  info: BookingInfo;
  /** The chosen time. */
  slot: SlotSelection;
  /** What the visitor typed (see `createInitialFormValues`). */
  values: BookingFormValues;
  /** BCP 47 locale sent with the booking. */
  locale: string;
  /** The validation messages (client-side errors are written with them). */
  messages: BookingMessages;
  /**
   * The book request is about to be sent, with its exact body.
   * @defaultValue none
   */
  onSubmit?: (request: BookMeetingRequest) => void;
  /**
   * The booking went through.
   * @defaultValue none
   */
  onBooked?: (result: BookingResult, request: BookMeetingRequest) => void;
  /**
   * The slot was taken meanwhile (a `conflict`): refresh availability and go back to the calendar.
   * @defaultValue none
   */
  onSlotTaken?: (error: MeetingsApiError) => void;
  /**
   * Any failure of the book call, after it was routed.
   * @defaultValue none
   */
  onError?: (error: MeetingsApiError) => void;
  /**
   * Where focus goes after a failed submit: the error summary (after invalid input), an element
   * around the failure (its retry button is focused) and the submit button (after a failure
   * that cannot be retried, when the pressed button lost focus).
   * @defaultValue none: focus is left alone
   */
  focusRefs?: BookingFocusRefs;
}

/** Elements {@link useBookingSubmit} moves focus to. */
export interface BookingFocusRefs {
  /**
   * The error summary.
   * @defaultValue none
   */
  summary?: RefObject<HTMLElement | null>;
  /**
   * An element around the failure; its first button is focused.
   * @defaultValue none
   */
  failure?: RefObject<HTMLElement | null>;
  /**
   * The submit button.
   * @defaultValue none
   */
  submit?: RefObject<HTMLElement | null>;
}

/** Where focus should go after a submit: the error summary, the failure's retry, or the submit button. */
export type BookingFocusTarget = 'summary' | 'failure' | 'submit';

/** What {@link useBookingSubmit} returns. */
export interface BookingSubmit {
  /** Validates and sends the booking; a second call while one is on its way does nothing. */
  submit: () => void;
  /** The book request is out (React Query's own mutation state). */
  isSubmitting: boolean;
  /** Messages by field key (see `fieldKeys`): the client's validation or the server's, mapped. */
  fieldErrors: BookingFormErrors;
  /** Server validation messages that name no field the form shows. */
  generalErrors: string[];
  /** A failure the visitor can only retry (network, timeout, rate limit, server, not found). */
  failure: MeetingsApiError | null;
  /** Changes with each new failure, even an identical one: key the alert by it so it is announced again. */
  failureKey: number;
  /** The visitor edited a field: its error goes away. */
  clearFieldError: (key: string) => void;
}

interface FieldProblems {
  fields: BookingFormErrors;
  general: string[];
}

const NO_PROBLEMS: FieldProblems = { fields: {}, general: [] };

/** Failures shown in the form; a conflict leaves the step, validation goes to the fields. */
function isRetryFailure(error: MeetingsApiError | null): error is MeetingsApiError {
  return error !== null && error.kind !== 'conflict' && error.kind !== 'validation';
}

function lostFocus(): boolean {
  const active = typeof document === 'undefined' ? null : document.activeElement;
  return !active || active === document.body || (active instanceof HTMLButtonElement && active.disabled);
}

type FocusRequest = { to: BookingFocusTarget; seq: number } | null;

/**
 * The submit of the booking form: validates, sends one POST per submit (a double click or two
 * submits in one frame send one), and routes the outcome: a `conflict` to `onSlotTaken`, a
 * `validation` error to the fields it names, anything else to `failure` with a retry. Pending and
 * failure state are React Query's own (this step's mutations), not copies of it. Focus follows:
 * the summary after invalid input, the retry after a failure that took focus away.
 */
export function useBookingSubmit(options: UseBookingSubmitOptions): BookingSubmit {
  const { slug, info, slot, values, locale, messages } = options;
  const client = useMeetingsClient();
  const queryClient = useQueryClient();
  const stepId = useId();
  // This step's own mutations: an earlier step's failure (before going back) is not shown here.
  const mutationKey = useMemo(() => [...meetingsQueryKeys.book(client, slug), stepId], [client, slug, stepId]);
  const mutation = useMutation({ ...bookMeetingMutationOptions(client, slug), mutationKey });
  const states = useMutationState<MutationState<BookingResult, MeetingsApiError, BookMeetingRequest>>({
    filters: { mutationKey, exact: true },
    select: (entry) => entry.state as MutationState<BookingResult, MeetingsApiError, BookMeetingRequest>,
  });
  const settled = states.filter((state) => state.status === 'success' || state.status === 'error').at(-1);
  const failure = settled?.status === 'error' && isRetryFailure(settled.error) ? settled.error : null;

  const [problems, setProblems] = useState<FieldProblems>(NO_PROBLEMS);
  const [focus, requestFocus] = useReducer(
    (current: FocusRequest, to: BookingFocusTarget): FocusRequest => ({ to, seq: (current?.seq ?? 0) + 1 }),
    null,
  );
  // Read when focus moves: only a new request moves it, a new `focusRefs` object alone does not.
  const latestFocusRefs = useLatestRef(options.focusRefs);

  useEffect(() => {
    if (!focus) return;
    const refs = latestFocusRefs.current;
    if (focus.to === 'summary') refs?.summary?.current?.focus();
    else if (focus.to === 'failure') refs?.failure?.current?.querySelector('button')?.focus();
    else refs?.submit?.current?.focus();
  }, [focus, latestFocusRefs]);

  const route = (error: MeetingsApiError) => {
    if (error.kind === 'conflict') {
      options.onSlotTaken?.(error);
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
      const named = mapped.unmatched.length > 0 || Object.keys(mapped.fieldErrors).length > 0;
      setProblems({ fields: mapped.fieldErrors, general: named ? mapped.unmatched : [error.message] });
      requestFocus('summary');
      return;
    }
    // The pressed button is disabled while booking and may have lost focus; hand it to the retry
    // (or, when there is nothing to retry, the submit) so a keyboard user is where the next step is.
    if (lostFocus()) requestFocus(error.kind === 'not-found' ? 'submit' : 'failure');
  };

  const submit = () => {
    // The cache knows at once (not after a render) that a booking is out: one POST per submit.
    if (queryClient.isMutating({ mutationKey }) > 0) return;
    const clientErrors = validateBookingForm(values, info, messages);
    if (Object.keys(clientErrors).length > 0) {
      setProblems({ fields: clientErrors, general: [] });
      requestFocus('summary');
      return;
    }
    setProblems(NO_PROBLEMS);
    const request = buildBookRequest({ slug, info, slot, values, timezone: slot.timezone, locale });
    try {
      options.onSubmit?.(request);
    } catch (hostError) {
      // A bug in the host's callback must not stop the booking.
      reportHostError(hostError);
    }
    // mutateAsync rather than mutate's callbacks: its promise settles even if the step unmounts
    // meanwhile, so a booking that succeeds is always reported.
    mutation.mutateAsync(request).then(
      (result) => {
        try {
          options.onBooked?.(result, request);
        } catch (hostError) {
          // The meeting is booked; a throwing callback must not show it as a failure.
          reportHostError(hostError);
        }
      },
      (error: MeetingsApiError) => {
        // bookMeetingMutationOptions rejects with a MeetingsApiError only.
        options.onError?.(error);
        route(error);
      },
    );
  };

  const clearFieldError = (key: string) => {
    if (readNamed(problems.fields, key) === undefined) return;
    setProblems({ ...problems, fields: withoutNamed(problems.fields, key) });
  };

  return {
    submit,
    isSubmitting: mutation.isPending,
    fieldErrors: problems.fields,
    generalErrors: problems.general,
    failure,
    failureKey: settled?.submittedAt ?? 0,
    clearFieldError,
  };
}
