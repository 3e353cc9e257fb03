/** The typed Meetings API client: calls, tolerant parsers, typed errors and the shared paths. */
export { createMeetingsClient } from './createMeetingsClient';
export { errorFromResponse } from './errorFromResponse';
export { MeetingsApiError, isMeetingsApiError } from './MeetingsApiError';
export type { FieldError, MeetingsApiErrorInit, MeetingsApiErrorKind } from './MeetingsApiError';
export { parseAvailabilityPage } from './parseAvailabilityPage';
export { parseBookingInfo } from './parseBookingInfo';
export { parseBookingResult } from './parseBookingResult';
export { parseMeetingLinksPage } from './parseMeetingLinksPage';
export { meetingsApiPaths } from './meetingsApiPaths';
export type { MeetingsApiPaths } from './meetingsApiPaths';
export { meetingsApiRoutePatterns } from './meetingsApiRoutePatterns';
export { meetingsApiQueryParams } from './meetingsApiQueryParams';
export { matchMeetingsApiPath } from './matchMeetingsApiPath';
export type { MeetingsApiRoute } from './matchMeetingsApiPath';
export type { MeetingsApiCall } from './MeetingsApiCall';
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
} from './types';
export type * from './wireTypes';
