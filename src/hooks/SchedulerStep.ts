import type { BookingResult } from '../api/types';
import type { SlotSelection } from '../model/SlotSelection';

/** Where the flow is: browsing, the form for a chosen time, or the confirmation. */
export type SchedulerStep =
  | {
      /** Browsing: duration, day and time. */
      kind: 'browse';
      /**
       * Where focus goes when the calendar shows again: the times (back from the form) or the
       * notice (after the chosen time was taken).
       * @defaultValue none (the first visit)
       */
      focus?: 'slots' | 'notice';
    }
  | {
      /** The form for the chosen time. */
      kind: 'book';
      /** The chosen time. */
      slot: SlotSelection;
    }
  | {
      /** The confirmation. */
      kind: 'booked';
      /** The chosen time. */
      slot: SlotSelection;
      /** What the book call returned. */
      result: BookingResult;
    };
