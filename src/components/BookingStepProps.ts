import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookMeetingRequest, BookingInfo, BookingResult } from '../api/types';
import type { BookingFormValues } from '../booking/BookingFormValues';
import type { Messages } from '../i18n/Messages';
import type { HourCycle } from '../model/HourCycle';
import type { Prefill } from '../model/Prefill';
import type { SlotSelection } from '../model/SlotSelection';

/**
 * The contract between the root (which owns browsing and the step state) and the booking step
 * (form, consent, submit, failures). The confirmation is rendered by the root through
 * `<Confirmation>` once `onBooked` fires.
 */
export interface BookingStepProps {
  slug: string;
  info: BookingInfo;
  slot: SlotSelection;
  locale: string;
  hourCycle: HourCycle;
  messages: Messages;
  prefill?: Prefill;
  /** `null` until the visitor first types: the step then starts from `prefill`. */
  values: BookingFormValues | null;
  onValuesChange: (values: BookingFormValues) => void;
  /** Back to the calendar on the same day; values are kept by the root. */
  onBack: () => void;
  /** The slot was taken meanwhile: the root refreshes availability and shows the calendar again. */
  onSlotTaken: (error: MeetingsApiError) => void;
  onSubmit?: (request: BookMeetingRequest) => void;
  onBooked: (result: BookingResult, request: BookMeetingRequest) => void;
  onError?: (error: MeetingsApiError) => void;
}
