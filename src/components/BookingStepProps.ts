import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookMeetingRequest, BookingInfo, BookingResult } from '../api/types';
import type { BookingFormValues } from '../booking/BookingFormValues';
import type { Messages } from '../i18n/Messages';
import type { HourCycle } from '../model/HourCycle';
import type { Prefill } from '../model/Prefill';
import type { SlotSelection } from '../model/SlotSelection';

/**
 * What the flow (`useSchedulerFlow`) hands the booking step (form, consent, submit, failures).
 * Internal: the step is loaded on demand, and a UI of your own uses `useBookingSubmit` instead.
 */
export interface BookingStepProps {
  slug: string;
  info: BookingInfo;
  slot: SlotSelection;
  locale: string;
  hourCycle: HourCycle;
  messages: Messages;
  /** For the fields the host locked. */
  prefill?: Prefill;
  /** What the visitor typed, or the prefilled start: kept by the flow. */
  values: BookingFormValues;
  onValuesChange: (values: BookingFormValues) => void;
  /** Back to the calendar on the same day; values are kept by the flow. */
  onBack: () => void;
  /** The slot was taken meanwhile: the flow refreshes availability and shows the calendar again. */
  onSlotTaken: (error: MeetingsApiError) => void;
  onSubmit?: (request: BookMeetingRequest) => void;
  onBooked: (result: BookingResult, request: BookMeetingRequest) => void;
  onError?: (error: MeetingsApiError) => void;
}
