import type { MockFault } from './MockFault';
import type { ScenarioId } from './ScenarioId';

/** Ids of the built-in failure variants. */
export type FailureVariantId =
  | 'not-found'
  | 'server-error-on-load'
  | 'slow-network'
  | 'slot-taken'
  | 'validation-rejected'
  | 'network-error-at-booking';

/** A scenario with faults injected, to show how the widget copes. */
export interface FailureVariant {
  id: FailureVariantId;
  title: string;
  description: string;
  /** The scenario (slug) the widget opens. */
  baseScenario: ScenarioId;
  /** Faults for the mock adapter (`createMockHandlers(..., { faults })`). */
  faults: readonly MockFault[];
  /** Latency of every call, in ms. */
  latencyMs?: number;
}

const correlationId = '6a0f3c2e-2b8e-4f7b-9d51-0c1e2f3a4b5c';

/** The failure cases the gallery lists and tests reuse. */
export const failureVariants: Readonly<Record<FailureVariantId, FailureVariant>> = {
  'not-found': {
    id: 'not-found',
    title: 'Link not found',
    description: 'The slug does not exist (404 on booking info): the widget should say so instead of spinning.',
    baseScenario: 'menelson',
    faults: [
      {
        call: 'getBookingInfo',
        response: {
          status: 404,
          body: { status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Meeting link not found for slug "menelson".', correlationId },
        },
      },
      {
        call: 'getAvailabilityPage',
        response: {
          status: 404,
          body: { status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Meeting link not found for slug "menelson".', correlationId },
        },
      },
    ],
  },
  'server-error-on-load': {
    id: 'server-error-on-load',
    title: 'Server error on load',
    description: 'Booking info answers 500 every time: the widget shows an error with a retry, never a blank box.',
    baseScenario: 'round-robin',
    faults: [
      {
        call: 'getBookingInfo',
        response: { status: 500, body: { status: 'error', category: 'INTERNAL_ERROR', message: 'An internal error occurred.', correlationId } },
      },
    ],
  },
  'slow-network': {
    id: 'slow-network',
    title: 'Slow network (3.5 s)',
    description: 'Every call takes 3.5 seconds: loading states must be visible and announced.',
    baseScenario: 'round-robin',
    faults: [],
    latencyMs: 3500,
  },
  'slot-taken': {
    id: 'slot-taken',
    title: 'Slot taken while booking',
    description:
      'Someone else books the chosen time just before the first booking request arrives (409): the widget says so, refreshes the times and keeps the form.',
    baseScenario: 'web-conference',
    faults: [{ call: 'bookMeeting', response: 'occupy-slot', times: 1 }],
  },
  'validation-rejected': {
    id: 'validation-rejected',
    title: 'Email rejected by the server',
    description: 'The first booking is refused with a 400 naming the email field: the message shows next to that field.',
    baseScenario: 'offline-organizer',
    faults: [
      {
        call: 'bookMeeting',
        times: 1,
        response: {
          status: 400,
          body: {
            status: 'error',
            category: 'VALIDATION_ERROR',
            message: 'Invalid input: email: This email domain is blocked.',
            correlationId,
            errors: [{ message: 'This email domain is blocked.', in: 'email', code: 'BLOCKED_EMAIL_DOMAIN' }],
          },
        },
      },
    ],
  },
  'network-error-at-booking': {
    id: 'network-error-at-booking',
    title: 'Network error at booking',
    description: 'The first booking request fails with a network error, the next one works: the widget offers a retry that books once.',
    baseScenario: 'guests',
    faults: [{ call: 'bookMeeting', response: 'network-error', times: 1 }],
  },
};
