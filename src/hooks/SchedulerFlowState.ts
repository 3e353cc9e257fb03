import type { UseQueryResult } from '@tanstack/react-query';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookMeetingRequest, BookingInfo, BookingResult, TimeSlot } from '../api/types';
import type { BookingFormValues } from '../booking/BookingFormValues';
import type { CatalogLocale } from '../i18n/catalogLocales';
import type { BrowseSelection } from '../model/BrowseSelection';
import type { HourCycle } from '../model/HourCycle';
import type { SchedulerNotice } from '../model/SchedulerNotice';
import type { SlotSelection } from '../model/SlotSelection';
import type { SchedulerStep } from './SchedulerStep';

/** What `useSchedulerFlow` returns: the whole flow's state and what moves it on. */
export interface SchedulerFlowState {
  /** The resolved locale for Intl: the prop, else the page's language, else the browser's. */
  locale: string;
  /** The message catalog that speaks it ('en' when none does); load it with `useCatalog`. */
  catalog: CatalogLocale;
  /** The page's booking info query (read once, in the first zone). */
  info: UseQueryResult<BookingInfo, MeetingsApiError>;
  /** The current step; `book` and `booked` carry the chosen time. */
  step: SchedulerStep;
  /** The time (epoch ms), read once a minute: pass it down instead of reading the clock. */
  now: number;
  /** The zone times are shown in. */
  timezone: string;
  /** Show times in another zone. */
  setTimezone: (timezone: string) => void;
  /** The clock times are written in. */
  hourCycle: HourCycle;
  /** Use the other clock. */
  setHourCycle: (hourCycle: HourCycle) => void;
  /** What the visitor chose while browsing (for `useBrowseState`'s `selection`). */
  selection: BrowseSelection;
  /** The browse selection changed. */
  setSelection: (selection: BrowseSelection) => void;
  /** The chosen time, kept while going back to the calendar; undefined before one is chosen. */
  slot: SlotSelection | undefined;
  /** What the visitor typed, or the prefilled start once booking info is known. */
  values: BookingFormValues | undefined;
  /** The visitor typed. */
  setValues: (values: BookingFormValues) => void;
  /** A message for the visitor above the calendar, as data; undefined when there is none. */
  notice: SchedulerNotice | undefined;
  /** The visitor closed the notice. */
  dismissNotice: () => void;
  /** The first calendar is on screen: reports `onReady` once. */
  markShown: () => void;
  /** The visitor chose a time: the form opens. */
  chooseSlot: (slot: TimeSlot, duration: number) => void;
  /** Back from the form to the calendar, on the same day. */
  back: () => void;
  /** The chosen time was taken meanwhile: availability is refreshed and the calendar shows a notice. */
  slotTaken: () => void;
  /** The booking went through: the confirmation shows. */
  booked: (result: BookingResult) => void;
  /** Stable host callbacks, safe to call (a throwing host callback is reported, not rethrown). */
  callbacks: {
    onDurationChange: (duration: number) => void;
    onDateSelect: (date: string) => void;
    onSubmit: (request: BookMeetingRequest) => void;
    onError: (error: MeetingsApiError) => void;
  };
}
