/**
 * meeting-scheduler: an inline, accessible booking widget for HubSpot scheduling pages, the hooks
 * it is built on, and the typed API client, query options, pure helpers and messages of
 * `meeting-scheduler/core`. Explicit named exports only.
 *
 * Not here, on purpose: the booking hooks (`useBookingSubmit`, `useBookMeeting`,
 * `bookMeetingMutationOptions`) and the pure booking helpers (validation, the book body, server
 * field errors, .ics and calendar links). Only the widget's lazily loaded form uses them, and a
 * bundler that splits by file (esbuild) would load whatever this entry reaches up front. They are
 * in `meeting-scheduler/headless` (every hook, from one place) and `meeting-scheduler/core`.
 */

// From core, each from its own module: going through ./core would reach its booking helpers too.
// API client, errors and types
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

// React Query options, keys and server prefetch
export { meetingsQueryKeys, type AvailabilityPageParams, type SchedulingPageParams } from './hooks/meetingsQueryKeys';
export { availabilityPageQueryOptions } from './hooks/availabilityPageQueryOptions';
export { bookingInfoQueryOptions } from './hooks/bookingInfoQueryOptions';
export { firstAvailableMonthQueryOptions } from './hooks/firstAvailableMonthQueryOptions';
export { prefetchBookingInfo, type PrefetchBookingInfoOptions } from './hooks/prefetchBookingInfo';
export { selectMonthDays, type MonthDays } from './hooks/helpers/selectMonthDays';

// Booking: only the form values' type (the flow's state); the helpers are in core and headless
export type { BookingFormValues } from './booking/BookingFormValues';

// Scheduling logic
export type { DayOfWeek } from './scheduling/DayOfWeek';
export type { DaySlots } from './scheduling/DaySlots';
export type { MonthGrid } from './scheduling/MonthGrid';
export type { MonthGridDay } from './scheduling/MonthGridDay';
export { buildMonthGrid, type BuildMonthGridOptions } from './scheduling/buildMonthGrid';
export { availableMemberIds } from './scheduling/availableMemberIds';
export { firstMonthWithSlot } from './scheduling/firstMonthWithSlot';
export { focusableDate, type FocusableDateInput } from './scheduling/focusableDate';
export { formatUtcOffset } from './scheduling/formatUtcOffset';
export { futureSlots } from './scheduling/futureSlots';
export { getWeekStartsOn } from './scheduling/getWeekStartsOn';
export { groupSlotsByDay } from './scheduling/groupSlotsByDay';
export { isValidTimeZone } from './scheduling/isValidTimeZone';
export { listTimeZones } from './scheduling/listTimeZones';
export { mergeAvailabilityPages } from './scheduling/mergeAvailabilityPages';
export { resolveTimeZone } from './scheduling/resolveTimeZone';
export { searchTimeZones } from './scheduling/searchTimeZones';
export { toDateKey } from './scheduling/toDateKey';

// Messages and formatters
export { defaultMessages, type Messages } from './i18n/Messages';
export { defaultBrowseMessages, type BrowseMessages, type DayLabelContext } from './i18n/browseMessages';
export { defaultBookingMessages, type BookingMessages } from './i18n/bookingMessages';
export { defaultHourCycle } from './i18n/formatters/defaultHourCycle';
export { formatDurationLabel } from './i18n/formatters/formatDurationLabel';
export { formatFullDate } from './i18n/formatters/formatFullDate';
export { formatMonthYear } from './i18n/formatters/formatMonthYear';
export { formatTime } from './i18n/formatters/formatTime';
export { formatTimeRange } from './i18n/formatters/formatTimeRange';
export { formatTimeZoneName } from './i18n/formatters/formatTimeZoneName';
export { formatWeekdayShort } from './i18n/formatters/formatWeekdayShort';
export type { TimeFormatOptions } from './i18n/formatters/TimeFormatOptions';
export { resolveLocale } from './i18n/resolveLocale';

// Languages: the catalogs, how the widget picks one, and the grammar helpers they use
export { catalogLocales, pseudoLocale, type CatalogLocale } from './i18n/catalogLocales';
export { loadCatalog, peekCatalog } from './i18n/loadCatalog';
export { matchCatalogLocale } from './i18n/matchCatalogLocale';
export { resolveWidgetLocale, type LocaleSources, type WidgetLocale } from './i18n/resolveWidgetLocale';
export { plural, type PluralForms, type PluralMessage } from './i18n/grammar/plural';
export { formatList } from './i18n/formatters/formatList';
export { formatDuration } from './i18n/formatters/formatDuration';
export { pseudoLocalize } from './i18n/pseudoLocalize';

// Theme
export { brandingToCssVariables } from './theme/brandingToCssVariables';
export { selectedFillColor, type SelectedFill } from './theme/selectedFillColor';

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
