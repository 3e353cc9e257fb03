/**
 * meeting-scheduler: an inline, accessible booking widget for HubSpot scheduling pages, its typed
 * API client, the hooks for a headless UI, and the pure helpers both are built from.
 * Explicit named exports only, so the public surface is exactly this list.
 */

// The widget
export { MeetingScheduler } from './components/MeetingScheduler';
export type {
  ColorScheme,
  HourCycle,
  MeetingSchedulerProps,
  Prefill,
  PrefillValue,
  SlotSelection,
} from './components/MeetingSchedulerProps';

// Building blocks, for a layout of your own around the hooks
export { BookingStep } from './components/BookingStep';
export type { BookingStepProps } from './components/BookingStepProps';
export { Calendar, type CalendarProps } from './components/Calendar';
export { Confirmation, type ConfirmationProps } from './components/Confirmation';
export { DurationTabs, type DurationTabsProps } from './components/DurationTabs';
export { HourCycleToggle, type HourCycleToggleProps } from './components/HourCycleToggle';
export { SlotList, type SlotListProps } from './components/SlotList';
export { TimeZonePicker, type TimeZonePickerProps } from './components/TimeZonePicker';

// Hooks and React Query options
export {
  AVAILABILITY_STALE_TIME,
  availabilityPageQueryOptions,
  BOOKING_INFO_STALE_TIME,
  bookingInfoQueryOptions,
  DEFAULT_MAX_SEARCH_MONTHS,
  firstAvailableMonthQueryOptions,
  MAX_QUERY_RETRIES,
  MeetingsClientContext,
  meetingsQueryKeys,
  meetingsQueryRetryDelay,
  selectMonthDays,
  shouldRetryMeetingsQuery,
  useAvailableDays,
  useBookingInfo,
  useBookMeeting,
  useClockTick,
  useFirstAvailableMonth,
  useMeetingsClient,
  useMonthAvailability,
  useOpeningMonth,
  usePrefetchMonth,
  useRefreshAvailability,
} from './hooks';
export type {
  AvailabilityPageParams,
  AvailableDays,
  MonthDays,
  OpeningMonth,
  SchedulingPageParams,
  UseAvailableDaysParams,
  UseBookMeetingResult,
  UseMonthAvailabilityOptions,
} from './hooks';

// API client, parsers and errors
export {
  createMeetingsClient,
  isMeetingsApiError,
  MeetingsApiError,
  parseAvailabilityPage,
  parseBookingInfo,
  parseBookingResult,
  parseMeetingLinksPage,
} from './api';
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
  FieldError,
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
  MeetingsApiErrorInit,
  MeetingsApiErrorKind,
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
} from './api';
export type {
  WireAvailabilityPage,
  WireBookingInfo,
  WireBookRequest,
  WireBookResponse,
  WireErrorBody,
  WireMeetingLinksPage,
} from './api/wireTypes';

// Booking logic without React
export type { BookingFormValues } from './booking/BookingFormValues';
export { buildBookRequest, type BuildBookRequestInput } from './booking/buildBookRequest';
export { createInitialFormValues } from './booking/createInitialFormValues';
export { validateBookingForm, type BookingFormErrors } from './booking/validateBookingForm';

// Messages and formatters
export { defaultMessages, type Messages } from './i18n/Messages';
export { defaultBrowseMessages, type BrowseMessages, type DayLabelContext } from './i18n/browseMessages';
export { defaultBookingMessages, type BookingMessages } from './i18n/bookingMessages';
export {
  defaultHourCycle,
  formatDurationLabel,
  formatFullDate,
  formatMonthYear,
  formatTime,
  formatTimeRange,
  formatTimeZoneName,
  formatWeekdayShort,
  type TimeFormatOptions,
} from './i18n/formatters';
export { resolveLocale } from './i18n/resolveLocale';

// Time logic without React
export {
  availableMemberIds,
  buildMonthGrid,
  currentMonthKey,
  firstMonthWithSlot,
  formatUtcOffset,
  futureSlots,
  getWeekStartsOn,
  groupSlotsByDay,
  isValidTimeZone,
  listTimeZones,
  mergeAvailabilityPages,
  monthDistance,
  resolveTimeZone,
  searchTimeZones,
  toDateKey,
  type DayOfWeek,
  type DaySlots,
  type MonthGrid,
  type MonthGridDay,
} from './scheduling';

// Theme
export {
  brandingToCssVariables,
  contrastRatio,
  ensureContrast,
  parseHexColor,
  readableTextColor,
  selectedFillColor,
  type SelectedFill,
  type RgbColor,
} from './theme';
