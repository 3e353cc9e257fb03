/**
 * The library's own model of a scheduling page, produced by the tolerant parsers from the wire
 * shapes in ./wireTypes.ts. Everything the views read is here, already cleaned: no nulls where a
 * value is optional (absent instead), slots sorted and de-duplicated, durations as numbers.
 */
import type { WireStartTimeIncrement, WireWeekday } from './wireTypes';

export type LinkType = 'PERSONAL_LINK' | 'GROUP_CALENDAR' | 'ROUND_ROBIN_CALENDAR';
export type Weekday = WireWeekday;
export type StartTimeIncrement = WireStartTimeIncrement;

/** A bookable interval, epoch milliseconds UTC, `end > start`. */
export interface TimeSlot {
  start: number;
  end: number;
}

/** Minutes from midnight in the organizer's zone, `end > start`. */
export interface MinuteRange {
  start: number;
  end: number;
}

export type CalendarProvider = 'GOOGLE' | 'OFFICE365' | 'EXCHANGE' | 'UNKNOWN';

/** A member of the link (the organizer, or one of a round-robin/group team). */
export interface Member {
  /** The meetings-user id. */
  id: string;
  /** The HubSpot user id; this is what `likelyAvailableUserIds` carries. */
  userId: string;
  isOffline: boolean;
  isSalesStarter: boolean;
  calendarProvider: CalendarProvider;
  email?: string;
  firstName?: string;
  lastName?: string;
  /** `fullName`, or first and last name joined, when any is known. */
  displayName?: string;
  /** Busy ranges, epoch ms UTC, sorted. */
  busyTimes: TimeSlot[];
}

/** One page (one or more months) of free slots. */
export interface AvailabilityPage {
  /** Free slots per duration in ms; sorted by start, no duplicates, only `end > start`. */
  slotsByDuration: Record<number, TimeSlot[]>;
  /** More availability exists beyond the months returned. */
  hasMore: boolean;
  members: Member[];
}

export interface FormFieldOption {
  label: string;
  value: string;
  description?: string;
  displayOrder: number;
  hidden: boolean;
  readOnly: boolean;
}

export type FormFieldType =
  | 'text'
  | 'textarea'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'booleancheckbox'
  | 'date'
  | 'number'
  | 'phonenumber'
  | 'file'
  | (string & {});

export interface FormField {
  name: string;
  label: string;
  fieldType: FormFieldType;
  /** HubSpot's property type (string, enumeration, number, date, bool...). */
  type?: string;
  isCustom: boolean;
  isRequired: boolean;
  /** In `displayOrder`, hidden ones included (the view leaves them out). */
  options: FormFieldOption[];
}

export interface CommunicationConsentCheckbox {
  communicationTypeId: string;
  /** May hold HTML: sanitize before rendering. */
  label: string;
  required: boolean;
}

export type ProcessingConsentType = 'IMPLICIT' | 'REQUIRED_CHECKBOX';

/** Consent texts may hold HTML: sanitize before rendering. */
export interface LegalConsent {
  communicationConsentText?: string;
  communicationConsentCheckboxes: CommunicationConsentCheckbox[];
  processingConsentType: ProcessingConsentType;
  processingConsentText?: string;
  processingConsentCheckboxLabel?: string;
  processingConsentFooterText?: string;
  privacyPolicyText?: string;
  isLegitimateInterest: boolean;
  legitimateInterestSubscriptionTypes: number[];
  legitimateInterestLegalBasis?: string;
}

export interface DisplayInfo {
  avatar?: string;
  companyAvatar?: string;
  headline?: string;
  publicDisplayAvatarOption?: 'PROFILE_IMAGE' | 'COMPANY_LOGO' | 'CUSTOM_AVATAR';
}

export interface GuestSettings {
  canAddGuests: boolean;
  maxGuestCount: number;
}

export interface WelcomeScreen {
  title?: string;
  description?: string;
  logoUrl?: string;
  useCompanyLogo: boolean;
}

export interface Branding {
  logoUrl?: string;
  logoAltText?: string;
  logoWidth?: number;
  logoHeight?: number;
  /** Colours are validated `#rrggbb`/`#rgb` strings; anything else is dropped. */
  primaryColor?: string;
  secondaryColor?: string;
  accentColor?: string;
  accent2Color?: string;
  companyName?: string;
  companyDomain?: string;
  companyAvatar?: string;
  companyAddress: string[];
  showMarketingAd: boolean;
  showSalesAd: boolean;
}

/** Everything a scheduling page needs before the first calendar shows. */
export interface BookingInfo {
  linkId: string;
  linkType: LinkType;
  isOffline: boolean;
  /** Durations offered, ms, in the organizer's order. */
  durations: number[];
  startTimeIncrement: StartTimeIncrement;
  /** Weekly hours in the organizer's zone; always a list per day. */
  weeklyAvailability: Partial<Record<Weekday, MinuteRange[]>>;
  meetingBufferTime: number;
  ownerPrioritized: boolean;
  weeksToAdvertise?: number;
  customAvailabilityStartDate?: number;
  customAvailabilityEndDate?: number;
  formFields: FormField[];
  legalConsentEnabled: boolean;
  /** Present when `legalConsentEnabled` and the options parsed. */
  legalConsent?: LegalConsent;
  displayInfo: DisplayInfo;
  guestSettings: GuestSettings;
  language?: string;
  locale?: string;
  location?: string;
  redirectUrl?: string;
  welcomeScreen: WelcomeScreen;
  branding: Branding;
  members: Member[];
  /** The first page of availability (monthOffset 0), which booking info already carries. */
  availability: AvailabilityPage;
}

export interface FormFieldValue {
  name: string;
  value: string;
}

export interface LegalConsentResponse {
  communicationTypeId: string;
  consented: boolean;
}

/** The body of the book call, as this library sends it (startTime in epoch ms). */
export interface BookMeetingRequest {
  slug: string;
  firstName: string;
  lastName: string;
  email: string;
  /** Epoch milliseconds UTC. */
  startTime: number;
  /** Milliseconds. */
  duration: number;
  guestEmails: string[];
  timezone: string;
  locale: string;
  formFields: FormFieldValue[];
  legalConsentResponses: LegalConsentResponse[];
  likelyAvailableUserIds: string[];
}

/** A form answer the book call echoes, with every attribute HubSpot sends. */
export interface BookedFormField {
  name: string;
  /** The field's label as set up in HubSpot (the name when it has none). */
  label: string;
  /** The label in the visitor's language, when HubSpot sends one (what the visitor saw). */
  translatedLabel?: string;
  value: string;
  /** The chosen options' labels, for choice fields. */
  valueLabel?: string;
  /** False for HubSpot's built-in contact properties. */
  isCustom: boolean;
  /** `text`, `select`, `booleancheckbox`…, when sent. */
  fieldType?: string;
}

export interface BookingResult {
  /** "" for an offline booking. */
  calendarEventId: string;
  /** Epoch ms UTC, parsed from the ISO strings. */
  start: number;
  end: number;
  duration: number;
  contactId: string;
  bookingTimezone: string;
  locale?: string;
  guestEmails: string[];
  subject: string;
  location?: string;
  /** True when the response says so or when no calendar event was created. */
  isOffline: boolean;
  webConferenceUrl?: string;
  webConferenceMeetingId?: string;
  formFields: BookedFormField[];
  legalConsentResponses: LegalConsentResponse[];
}

export interface MeetingLink {
  id: string;
  slug: string;
  link: string;
  name?: string;
  type: LinkType;
  organizerUserId: string;
  userIdsOfLinkMembers: string[];
  defaultLink: boolean;
  createdAt: string;
  updatedAt?: string;
}

export interface MeetingLinksPage {
  total: number;
  results: MeetingLink[];
  /** Cursor for the next page, when there is one. */
  nextAfter?: string;
}

export interface ListMeetingLinksParams {
  limit?: number;
  after?: string;
  name?: string;
  organizerUserId?: string;
  type?: LinkType;
}

export interface AvailabilityParams {
  /** IANA zone the server groups months in. */
  timezone: string;
  /** Months forward from the current month; 0 when absent. */
  monthOffset?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface MeetingsClientOptions {
  /** Origin and path prefix the API hangs off, e.g. `https://proxy.example.com/hubspot`. Default: same origin (""). */
  baseUrl?: string;
  /** Path segment after `/scheduler/`: `v3` (default) or a dated one such as `2026-03`. */
  apiVersion?: string;
  /** Defaults to the global fetch, looked up at call time so MSW and test doubles apply. */
  fetch?: typeof fetch;
  /** Extra headers on every call, e.g. for an authenticated proxy. */
  headers?: HeadersInit | (() => HeadersInit);
  /** Per-request time limit in ms (default 15000); exceeded gives a `timeout` error. */
  timeoutMs?: number;
}

export interface MeetingsClient {
  listMeetingLinks(params?: ListMeetingLinksParams, options?: RequestOptions): Promise<MeetingLinksPage>;
  getBookingInfo(slug: string, params: AvailabilityParams, options?: RequestOptions): Promise<BookingInfo>;
  getAvailabilityPage(slug: string, params: AvailabilityParams, options?: RequestOptions): Promise<AvailabilityPage>;
  /** Never retried by the client: a booking call must run once. */
  bookMeeting(request: BookMeetingRequest, options?: RequestOptions): Promise<BookingResult>;
}
