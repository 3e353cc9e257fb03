import type { MeetingsApiErrorKind } from '../api/MeetingsApiError';
import type { BookingInfo, BookingResult } from '../api/types';
import type { SlotSelection } from '../model/SlotSelection';

/**
 * The `detail` of `meeting-scheduler:error`: plain fields a page script can log or show without
 * knowing the library's classes, plus the original error.
 */
export interface EmbedErrorDetail {
  /** The API failure's kind, or `embed` when the embed itself failed (a bug, an unusable host). */
  kind: MeetingsApiErrorKind | 'embed';
  message: string;
  /** HTTP status when a response arrived. */
  status?: number;
  /** The `MeetingsApiError` (or whatever was thrown). */
  error: unknown;
}

/**
 * The DOM events the embed dispatches on the host element (the `<meeting-scheduler>` element, or
 * the element given to `mount()`). All bubble and are composed, so a listener on `document` hears
 * them, and `event.target` tells the instances apart. Each `detail` is the matching callback's
 * payload.
 */
export interface MeetingSchedulerEventMap {
  /** Booking info arrived and the calendar is shown (`onReady`). */
  'meeting-scheduler:ready': CustomEvent<BookingInfo>;
  /** The visitor picked a time (`onSlotSelect`). */
  'meeting-scheduler:slot-select': CustomEvent<SlotSelection>;
  /** The booking succeeded (`onBooked`). */
  'meeting-scheduler:booked': CustomEvent<BookingResult>;
  /** A call failed or the embed could not render (`onError`). */
  'meeting-scheduler:error': CustomEvent<EmbedErrorDetail>;
}

/** The event names, without their `meeting-scheduler:` prefix. */
export type MeetingSchedulerEventName = keyof MeetingSchedulerEventMap extends `meeting-scheduler:${infer Name}`
  ? Name
  : never;

/** The `detail` type of an event by its short name. */
export type MeetingSchedulerEventDetail<Name extends MeetingSchedulerEventName> =
  MeetingSchedulerEventMap[`meeting-scheduler:${Name}`] extends CustomEvent<infer Detail> ? Detail : never;
