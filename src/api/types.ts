/**
 * The library's own model of a scheduling page, produced by the tolerant parsers from the wire
 * shapes in ./wireTypes.ts. Everything the views read is here, already cleaned: no nulls where a
 * value is optional (absent instead), slots sorted and de-duplicated, durations as numbers.
 */
import type { WireStartTimeIncrement, WireWeekday } from './wireTypes';

/** The kind of meeting link: one organizer, round robin, or a group meeting. */
export type LinkType = 'PERSONAL_LINK' | 'GROUP_CALENDAR' | 'ROUND_ROBIN_CALENDAR';
/** A day of the week as the API spells it (`MONDAY`…). */
export type Weekday = WireWeekday;
/** Minutes between possible start times, as the API spells it. */
export type StartTimeIncrement = WireStartTimeIncrement;

/** A bookable interval, epoch milliseconds UTC, `end > start`. */
export interface TimeSlot {
  /** Start, epoch ms UTC. */
  start: number;
  /** End, epoch ms UTC. */
  end: number;
}

/** Minutes from midnight in the organizer's zone, `end > start`. */
export interface MinuteRange {
  /** First minute of the range (0 = midnight). */
  start: number;
  /** Minute the range ends at, exclusive. */
  end: number;
}

/** The calendar a member connected. */
export type CalendarProvider = 'GOOGLE' | 'OFFICE365' | 'EXCHANGE' | 'UNKNOWN';

/** A member of the link (the organizer, or one of a round-robin/group team). */
export interface Member {
  /** The meetings-user id. */
  id: string;
  /** The HubSpot user id; this is what `likelyAvailableUserIds` carries. */
  userId: string;
  /** No calendar is connected: bookings with this member are requests, without an invitation. */
  isOffline: boolean;
  /** HubSpot's Sales Starter seat flag, as the API sends it. */
  isSalesStarter: boolean;
  /** The connected calendar. */
  calendarProvider: CalendarProvider;
  /** Absent when the API sends none. */
  email?: string;
  /** Absent when the API sends none. */
  firstName?: string;
  /** Absent when the API sends none. */
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
  /** The link's members with their busy times. */
  members: Member[];
}

/** One choice of a select, radio or checkbox question. */
export interface FormFieldOption {
  /** Shown to the visitor. */
  label: string;
  /** Sent in the book request. */
  value: string;
  /** Help text, when the field has some. */
  description?: string;
  /** Position among the options. */
  displayOrder: number;
  /** Not offered to the visitor. */
  hidden: boolean;
  /** Shown but not changeable. */
  readOnly: boolean;
}

/** How a form question is asked; unknown types are kept as strings. */
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

/** One question of the booking form. */
export interface FormField {
  /** The HubSpot property name, the key in `formFields`. */
  name: string;
  /** Shown to the visitor. */
  label: string;
  /** How the field is asked: text, select, radio, checkbox… */
  fieldType: FormFieldType;
  /** HubSpot's property type (string, enumeration, number, date, bool...). */
  type?: string;
  /** A custom question of the link, not a built-in contact field. */
  isCustom: boolean;
  /** Must be answered before booking. */
  isRequired: boolean;
  /** In `displayOrder`, hidden ones included (the view leaves them out). */
  options: FormFieldOption[];
}

/** A box for consent to one kind of communication. */
export interface CommunicationConsentCheckbox {
  /** The subscription type the box consents to. */
  communicationTypeId: string;
  /** May hold HTML: sanitize before rendering. */
  label: string;
  /** Must be ticked before booking. */
  required: boolean;
}

/** Whether processing consent is implicit or a required box. */
export type ProcessingConsentType = 'IMPLICIT' | 'REQUIRED_CHECKBOX';

/** Consent texts may hold HTML: sanitize before rendering. */
export interface LegalConsent {
  /** Text above the communication boxes (HTML). */
  communicationConsentText?: string;
  /** One box per subscription type. */
  communicationConsentCheckboxes: CommunicationConsentCheckbox[];
  /** Implicit (by booking) or a required box. */
  processingConsentType: ProcessingConsentType;
  /** Text about processing the visitor's data (HTML). */
  processingConsentText?: string;
  /** Label of the required processing box (HTML). */
  processingConsentCheckboxLabel?: string;
  /** Text below the consent section (HTML). */
  processingConsentFooterText?: string;
  /** The privacy policy text (HTML). */
  privacyPolicyText?: string;
  /** Legitimate interest is the legal basis: no boxes are shown. */
  isLegitimateInterest: boolean;
  /** Subscription types covered by legitimate interest. */
  legitimateInterestSubscriptionTypes: number[];
  /** The legal basis named by the organizer. */
  legitimateInterestLegalBasis?: string;
}

/** The organizer's picture and headline. */
export interface DisplayInfo {
  /** URL of the organizer's picture. */
  avatar?: string;
  /** URL of the company's logo. */
  companyAvatar?: string;
  /** The page's headline. */
  headline?: string;
  /** Which picture the page shows. */
  publicDisplayAvatarOption?: 'PROFILE_IMAGE' | 'COMPANY_LOGO' | 'CUSTOM_AVATAR';
}

/** Whether and how many guests the visitor may add. */
export interface GuestSettings {
  /** The visitor may invite others. */
  canAddGuests: boolean;
  /** At most this many guests. */
  maxGuestCount: number;
}

/** The page's welcome text. */
export interface WelcomeScreen {
  /** Title of the page's welcome text. */
  title?: string;
  /** The welcome text. */
  description?: string;
  /** A logo of the welcome screen. */
  logoUrl?: string;
  /** Show the company logo instead. */
  useCompanyLogo: boolean;
}

/** Colours, logo and company details of the page. */
export interface Branding {
  /** URL of the logo. */
  logoUrl?: string;
  /** Alternative text of the logo. */
  logoAltText?: string;
  /** Logo width in CSS pixels. */
  logoWidth?: number;
  /** Logo height in CSS pixels. */
  logoHeight?: number;
  /** Colours are validated `#rrggbb`/`#rgb` strings; anything else is dropped. */
  primaryColor?: string;
  /** Secondary brand colour. */
  secondaryColor?: string;
  /** Accent colour. */
  accentColor?: string;
  /** Second accent colour. */
  accent2Color?: string;
  /** The company's name. */
  companyName?: string;
  /** The company's web domain. */
  companyDomain?: string;
  /** URL of the company's avatar. */
  companyAvatar?: string;
  /** Address lines. */
  companyAddress: string[];
  /** HubSpot's marketing badge flag. */
  showMarketingAd: boolean;
  /** HubSpot's sales badge flag. */
  showSalesAd: boolean;
}

/** Everything a scheduling page needs before the first calendar shows. */
export interface BookingInfo {
  /** The meeting link's id. */
  linkId: string;
  /** Personal, round robin or group. */
  linkType: LinkType;
  /** No member has a connected calendar: bookings are requests. */
  isOffline: boolean;
  /** Durations offered, ms, in the organizer's order. */
  durations: number[];
  /** Minutes between possible start times. */
  startTimeIncrement: StartTimeIncrement;
  /** Weekly hours in the organizer's zone; always a list per day. */
  weeklyAvailability: Partial<Record<Weekday, MinuteRange[]>>;
  /** Minutes kept free around each meeting. */
  meetingBufferTime: number;
  /** Round robin: the owner of a known contact is preferred. */
  ownerPrioritized: boolean;
  /** How far ahead bookings are offered, in weeks. */
  weeksToAdvertise?: number;
  /** Start of a custom booking window, epoch ms. */
  customAvailabilityStartDate?: number;
  /** End of a custom booking window, epoch ms. */
  customAvailabilityEndDate?: number;
  /** The questions of the form, in order. */
  formFields: FormField[];
  /** The form asks for consent. */
  legalConsentEnabled: boolean;
  /** Present when `legalConsentEnabled` and the options parsed. */
  legalConsent?: LegalConsent;
  /** The organizer's picture and headline. */
  displayInfo: DisplayInfo;
  /** Whether and how many guests the visitor may add. */
  guestSettings: GuestSettings;
  /** The page's language. */
  language?: string;
  /** The page's locale. */
  locale?: string;
  /** Where the meeting happens, when set. */
  location?: string;
  /** Where to go after booking (see `redirectOnBooked`). */
  redirectUrl?: string;
  /** The page's welcome text. */
  welcomeScreen: WelcomeScreen;
  /** Colours, logo and company details. */
  branding: Branding;
  /** The organizer, or the team of a shared link. */
  members: Member[];
  /** The first page of availability (monthOffset 0), which booking info already carries. */
  availability: AvailabilityPage;
}

/** An answer to a form question in the book request. */
export interface FormFieldValue {
  /** The field's `name`. */
  name: string;
  /** The answer; several checkbox values joined by `;`. */
  value: string;
}

/** An answer to a communication consent box. */
export interface LegalConsentResponse {
  /** The subscription type. */
  communicationTypeId: string;
  /** The box was ticked. */
  consented: boolean;
}

/** The body of the book call, as this library sends it (startTime in epoch ms). */
export interface BookMeetingRequest {
  /** The scheduling page's slug. */
  slug: string;
  /** The visitor's first name. */
  firstName: string;
  /** The visitor's last name. */
  lastName: string;
  /** The visitor's email. */
  email: string;
  /** Epoch milliseconds UTC. */
  startTime: number;
  /** Milliseconds. */
  duration: number;
  /** Guests to invite. */
  guestEmails: string[];
  /** The visitor's IANA zone. */
  timezone: string;
  /** The visitor's locale, lower case (`en-us`). */
  locale: string;
  /** Answers to the form's questions. */
  formFields: FormFieldValue[];
  /** One answer per communication box. */
  legalConsentResponses: LegalConsentResponse[];
  /** Members free at that time (shared links). */
  likelyAvailableUserIds: string[];
}

/** A form answer the book call echoes, with every attribute HubSpot sends. */
export interface BookedFormField {
  /** The field's name. */
  name: string;
  /** The field's label as set up in HubSpot (the name when it has none). */
  label: string;
  /** The label in the visitor's language, when HubSpot sends one (what the visitor saw). */
  translatedLabel?: string;
  /** The answer as sent. */
  value: string;
  /** The chosen options' labels, for choice fields. */
  valueLabel?: string;
  /** False for HubSpot's built-in contact properties. */
  isCustom: boolean;
  /** `text`, `select`, `booleancheckbox`…, when sent. */
  fieldType?: string;
}

/** What the book call returned: the booked meeting. */
export interface BookingResult {
  /** "" for an offline booking. */
  calendarEventId: string;
  /** Epoch ms UTC, parsed from the ISO strings. */
  start: number;
  /** End, epoch ms UTC. */
  end: number;
  /** Meeting length in ms. */
  duration: number;
  /** The HubSpot contact the booking was filed under. */
  contactId: string;
  /** The zone the booking was made in. */
  bookingTimezone: string;
  /** The locale the booking was made in. */
  locale?: string;
  /** Guests invited. */
  guestEmails: string[];
  /** The calendar event's title. */
  subject: string;
  /** Where the meeting happens. */
  location?: string;
  /** True when the response says so or when no calendar event was created. */
  isOffline: boolean;
  /** Join link of a video call. */
  webConferenceUrl?: string;
  /** Id of the video call. */
  webConferenceMeetingId?: string;
  /** The answers as booked. */
  formFields: BookedFormField[];
  /** The consent answers as booked. */
  legalConsentResponses: LegalConsentResponse[];
}

/** One meeting link of the account (the list call). */
export interface MeetingLink {
  /** The link's id. */
  id: string;
  /** The slug to give the widget. */
  slug: string;
  /** The link's full URL. */
  link: string;
  /** The link's name. */
  name?: string;
  /** Personal, round robin or group. */
  type: LinkType;
  /** The organizer's user id. */
  organizerUserId: string;
  /** User ids of the members. */
  userIdsOfLinkMembers: string[];
  /** The organizer's default link. */
  defaultLink: boolean;
  /** Creation time, ISO 8601. */
  createdAt: string;
  /** Last change, ISO 8601. */
  updatedAt?: string;
}

/** A page of meeting links. */
export interface MeetingLinksPage {
  /** How many links match in all. */
  total: number;
  /** This page's links. */
  results: MeetingLink[];
  /** Cursor for the next page, when there is one. */
  nextAfter?: string;
}

/** Filters and paging of the list call. */
export interface ListMeetingLinksParams {
  /**
   * Links per page.
   * @defaultValue the API's (20)
   */
  limit?: number;
  /**
   * The `nextAfter` cursor of the previous page.
   * @defaultValue the first page
   */
  after?: string;
  /**
   * Only links whose name contains this.
   * @defaultValue any name
   */
  name?: string;
  /**
   * Only this organizer's links.
   * @defaultValue any organizer
   */
  organizerUserId?: string;
  /**
   * Only links of this type.
   * @defaultValue any type
   */
  type?: LinkType;
}

/** Which month of availability, seen from which zone. */
export interface AvailabilityParams {
  /** IANA zone the server groups months in. */
  timezone: string;
  /**
   * Months forward from the current month; 0 when absent.
   * @defaultValue 0
   */
  monthOffset?: number;
}

/** Per-call options. */
export interface RequestOptions {
  /**
   * Aborts the call.
   * @defaultValue none
   */
  signal?: AbortSignal;
}

/** Options of `createMeetingsClient`. */
export interface MeetingsClientOptions {
  /**
   * Origin and path prefix the API hangs off, e.g. `https://proxy.example.com/hubspot`. Default: same origin ("").
   * @defaultValue `""`: the same origin
   */
  baseUrl?: string;
  /**
   * Path segment after `/scheduler/`: `v3` (default) or a dated one such as `2026-03`.
   * @defaultValue `"v3"`
   */
  apiVersion?: string;
  /**
   * Defaults to the global fetch, looked up at call time so MSW and test doubles apply.
   * @defaultValue the global fetch, looked up at call time so MSW and test doubles apply
   */
  fetch?: typeof fetch;
  /**
   * Extra headers on every call, e.g. for an authenticated proxy.
   * @defaultValue none
   */
  headers?: HeadersInit | (() => HeadersInit);
  /**
   * Per-request time limit in ms (default 15000); exceeded gives a `timeout` error.
   * @defaultValue 15000
   */
  timeoutMs?: number;
  /**
   * Called before each book call (only); its token goes to the proxy as `X-Booking-Verification`
   * for a human check (Turnstile, hCaptcha). No token (undefined or empty) sends no header, and
   * the proxy decides; throwing fails the booking with `verification-failed` before anything is sent.
   * @defaultValue none (no header)
   */
  getBookingVerificationToken?: () => string | undefined | Promise<string | undefined>;
  /**
   * What the React Query keys of this client's data are scoped by. Two clients with the same
   * scope share cached data, so a page rendered on a server (with an absolute URL) and hydrated in
   * a browser (with a relative one) can give both the same scope.
   * @defaultValue `baseUrl` and `apiVersion`, e.g. `"/api/hubspot v3"`
   */
  scope?: string;
}

/** The four Meetings API calls (see `createMeetingsClient`); a custom implementation works too. */
export interface MeetingsClient {
  /**
   * Scopes the React Query keys of this client's data (see `MeetingsClientOptions.scope`): equal
   * on a server and in a browser for the same API, unlike an object identity.
   * @defaultValue `""` for a client of your own without one
   */
  readonly scope?: string;
  /** Lists the account's meeting links, a page at a time. */
  listMeetingLinks(params?: ListMeetingLinksParams, options?: RequestOptions): Promise<MeetingLinksPage>;
  /** A page's settings, form, branding and first month of availability. */
  getBookingInfo(slug: string, params: AvailabilityParams, options?: RequestOptions): Promise<BookingInfo>;
  /** One page of free times, `monthOffset` months ahead. */
  getAvailabilityPage(slug: string, params: AvailabilityParams, options?: RequestOptions): Promise<AvailabilityPage>;
  /** Never retried by the client: a booking call must run once. */
  bookMeeting(request: BookMeetingRequest, options?: RequestOptions): Promise<BookingResult>;
}
