import type { SlotSelection } from './SlotSelection';

/**
 * A message the flow has for the visitor above the calendar, as data: the view words it with the
 * current messages, so a change of `messages` never leaves a stale text on screen.
 */
export interface SchedulerNotice {
  /** The chosen time was booked by someone else meanwhile. */
  kind: 'slot-taken';
  /** The time that was taken. */
  slot: SlotSelection;
}
