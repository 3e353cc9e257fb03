/**
 * meeting-scheduler: the inline, accessible booking widget for HubSpot scheduling pages and what a
 * React app needs around it: `MeetingScheduler`, `MeetingsProvider`, the view parts and the hooks,
 * the API client and its error, the English browse messages, and every public type. Explicit named
 * exports only.
 *
 * Not here, on purpose: the framework-free helpers (scheduling, formatters, catalogs and locale
 * matching, theme, query options), the complete English messages and the booking hooks. A bundler that splits by file (esbuild)
 * loads up front whatever this entry re-exports that a lazy chunk also uses, even when the app never
 * imports it. They are in `meeting-scheduler/core` (everything without React) and
 * `meeting-scheduler/headless` (every hook and helper, from one place).
 */

// API client, errors and types (each from its own module: ./core would reach every helper)
export { createMeetingsClient } from './api/createMeetingsClient';
export { isMeetingsApiError, MeetingsApiError } from './api/MeetingsApiError';
export type { FieldError, MeetingsApiErrorInit, MeetingsApiErrorKind } from './api/MeetingsApiError';
export type {
  AvailabilityPage,
  AvailabilityParams,
  BookedFormField,
  BookingInfo,
  BookingResult,
  BookMeetingRequest,
  Branding,
  CalendarProvider,
  CommunicationConsentCheckbox,
  DisplayInfo,
  FormField,
  FormFieldOption,
  FormFieldType,
  FormFieldValue,
  GuestSettings,
  LegalConsent,
  LegalConsentResponse,
  LinkType,
  ListMeetingLinksParams,
  MeetingLink,
  MeetingLinksPage,
  MeetingsClient,
  MeetingsClientOptions,
  Member,
  MinuteRange,
  ProcessingConsentType,
  RequestOptions,
  StartTimeIncrement,
  TimeSlot,
  Weekday,
  WelcomeScreen,
} from './api/types';

// Shared model types
export type { BrowseSelection, ColorScheme, HourCycle, Prefill, PrefillValue, SchedulerNotice, SlotSelection } from './model';

// Types of the query options and server prefetch (the functions are in core)
export type { AvailabilityPageParams, SchedulingPageParams } from './hooks/meetingsQueryKeys';
export type { PrefetchBookingInfoOptions } from './hooks/prefetchBookingInfo';
export type { MonthDays } from './hooks/helpers/selectMonthDays';

// Booking: only the form values' type (the flow's state)
export type { BookingFormValues } from './booking/BookingFormValues';

// Scheduling types (the helpers are in core)
export type { DayOfWeek } from './scheduling/DayOfWeek';
export type { DaySlots } from './scheduling/DaySlots';
export type { MonthGrid } from './scheduling/MonthGrid';
export type { MonthGridDay } from './scheduling/MonthGridDay';
export type { BuildMonthGridOptions } from './scheduling/buildMonthGrid';
export type { FocusableDateInput } from './scheduling/focusableDate';

// The English browse messages, to override some. The complete `defaultMessages` and
// `defaultBookingMessages` are in core: the form's chunk brings the English booking strings, and
// re-exported here esbuild would load them up front for every app.
export type { Messages } from './i18n/Messages';
export { defaultBrowseMessages, type BrowseMessages, type DayLabelContext } from './i18n/browseMessages';
export type { BookingMessages } from './i18n/bookingMessages';
export type { BookingStepMessages } from './i18n/bookingStepMessages';
export type { TimeFormatOptions } from './i18n/formatters/TimeFormatOptions';

// Language types (the catalogs, locale matching and grammar helpers are in core)
export type { CatalogLocale } from './i18n/catalogLocales';
export type { LocaleSources, WidgetLocale } from './i18n/resolveWidgetLocale';
export type { PluralForms, PluralMessage } from './i18n/grammar/plural';

// Theme types (the helpers are in core)
export type { SelectedFill } from './theme/selectedFillColor';

// The widget
export { MeetingScheduler } from './components/MeetingScheduler';
export type { MeetingSchedulerProps } from './components/MeetingSchedulerProps';
export { MeetingsProvider, type MeetingsProviderProps } from './components/MeetingsProvider';

// View parts, for a layout of your own around the hooks
export { Calendar, type CalendarProps } from './components/Calendar';
export { DurationTabs, type DurationTabsProps } from './components/DurationTabs';
export { HourCycleToggle, type HourCycleToggleProps } from './components/HourCycleToggle';
export { SlotList, type SlotListProps } from './components/SlotList';
export { TimeZonePicker, type TimeZonePickerProps } from './components/TimeZonePicker';

// Headless hooks: the flow's state, and the data (the booking hooks are in meeting-scheduler/headless)
export { useSchedulerFlow, type SchedulerFlowState, type UseSchedulerFlowOptions } from './hooks/useSchedulerFlow';
export { useCatalog } from './hooks/useCatalog';
export type { SchedulerStep } from './hooks/SchedulerStep';
export { useBrowseState, type BrowseState, type BrowseStatus, type UseBrowseStateOptions } from './hooks/useBrowseState';
export { MeetingsClientContext, useMeetingsClient } from './hooks/MeetingsClientContext';
export { useBookingInfo } from './hooks/useBookingInfo';
export { useMonthAvailability, type UseMonthAvailabilityOptions } from './hooks/useMonthAvailability';
export { usePrefetchMonth } from './hooks/usePrefetchMonth';
export { useFirstAvailableMonth } from './hooks/useFirstAvailableMonth';
export { useOpeningMonth, type OpeningMonth, type UseOpeningMonthOptions } from './hooks/useOpeningMonth';
export { useAvailableDays, type AvailableDays, type UseAvailableDaysParams } from './hooks/useAvailableDays';
export { useRefreshAvailability } from './hooks/useRefreshAvailability';
export { useClockTick } from './hooks/useClockTick';
