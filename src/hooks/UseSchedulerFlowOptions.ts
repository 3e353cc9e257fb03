import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookMeetingRequest, BookingInfo, BookingResult } from '../api/types';
import type { HourCycle } from '../model/HourCycle';
import type { Prefill } from '../model/Prefill';
import type { SlotSelection } from '../model/SlotSelection';

/**
 * Options of `useSchedulerFlow`, and so the props of `<MeetingScheduler>` that concern the flow:
 * one declaration, so the hook and the component can never document a prop differently.
 */
export interface UseSchedulerFlowOptions {
  /** The scheduling page's slug. */
  slug: string;
  /**
   * IANA zone to show times in; the visitor can change it. An offset ('+05:30') is ignored, as
   * HubSpot takes IANA names only.
   * @defaultValue the browser's zone (UTC where the browser reports only an offset)
   */
  timezone?: string;
  /**
   * BCP 47 locale of the texts, dates, times and the week start.
   * @defaultValue the scheduling page's language, else the browser's best match, else English
   */
  locale?: string;
  /**
   * 12- or 24-hour clock; the visitor can change it.
   * @defaultValue the locale's
   */
  hourCycle?: HourCycle;
  /**
   * Values to start the form with.
   * @defaultValue none
   */
  prefill?: Prefill;
  /**
   * Booking info arrived and the calendar is shown (once).
   * @defaultValue none
   */
  onReady?: (info: BookingInfo) => void;
  /**
   * The visitor picked another meeting length (ms).
   * @defaultValue none
   */
  onDurationChange?: (duration: number) => void;
  /**
   * The visitor picked a day (`yyyy-MM-dd` in the shown zone).
   * @defaultValue none
   */
  onDateSelect?: (date: string) => void;
  /**
   * The visitor picked a time.
   * @defaultValue none
   */
  onSlotSelect?: (slot: SlotSelection) => void;
  /**
   * The book request is about to be sent, with its exact body.
   * @defaultValue none
   */
  onSubmit?: (request: BookMeetingRequest) => void;
  /**
   * The booking succeeded.
   * @defaultValue none
   */
  onBooked?: (result: BookingResult) => void;
  /**
   * A call failed; `<MeetingScheduler>` shows the error to the visitor too.
   * @defaultValue none
   */
  onError?: (error: MeetingsApiError) => void;
}
