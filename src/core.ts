/**
 * meeting-scheduler/core: everything without React, for server code (a Next.js server component,
 * a route handler, a worker) and for a UI in another framework. The API client and its types, the
 * React Query options factories and `prefetchBookingInfo` (they only describe queries; nothing
 * here renders), the pure scheduling and booking helpers, the default messages and formatters and
 * the shared model types. No `'use client'`: this entry runs anywhere.
 */

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
export { bookMeetingMutationOptions, type BookMeetingMutationOptions } from './hooks/bookMeetingMutationOptions';
export { prefetchBookingInfo, type PrefetchBookingInfoOptions } from './hooks/prefetchBookingInfo';
export { selectMonthDays, type MonthDays } from './hooks/helpers/selectMonthDays';

// Booking logic
export type { BookingFormValues } from './booking/BookingFormValues';
export { buildBookRequest, type BuildBookRequestInput } from './booking/buildBookRequest';
export { createInitialFormValues } from './booking/createInitialFormValues';
export { validateBookingForm, type BookingFormErrors } from './booking/validateBookingForm';
export { mapServerFieldErrors, type MappedServerErrors } from './booking/mapServerFieldErrors';
export { bookingFailureText } from './booking/bookingFailureText';
export { fieldKeys } from './booking/fieldKeys';
export { calendarEventFromBooking } from './booking/calendarEventFromBooking';
export { createIcsEvent, type IcsEventInput } from './booking/createIcsEvent';
export { googleCalendarUrl, type CalendarLinkInput } from './booking/googleCalendarUrl';
export { outlookCalendarUrl } from './booking/outlookCalendarUrl';

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
export type { BookingStepMessages } from './i18n/bookingStepMessages';
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
