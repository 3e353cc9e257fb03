/**
 * The JSON shapes HubSpot's Meetings API v3 sends and accepts, field for field, as the
 * documentation's samples and HubSpot's published OpenAPI types describe them.
 *
 * These describe what *may* arrive: real responses carry nulls where the types say strings and
 * fields nobody documented, so every field is optional or nullable here and `parse*` turns them
 * into the library's own model (see ./types.ts). The fake backend produces these shapes.
 */

export type WireNullable<T> = T | null | undefined;

export type WireLinkType = 'PERSONAL_LINK' | 'GROUP_CALENDAR' | 'ROUND_ROBIN_CALENDAR';

export type WireWeekday =
  | 'MONDAY'
  | 'TUESDAY'
  | 'WEDNESDAY'
  | 'THURSDAY'
  | 'FRIDAY'
  | 'SATURDAY'
  | 'SUNDAY';

export type WireStartTimeIncrement =
  | 'FIVE'
  | 'TEN'
  | 'FIFTEEN'
  | 'TWENTY'
  | 'THIRTY'
  | 'FORTY_FIVE'
  | 'SIXTY'
  | 'NINETY'
  | 'ONE_HUNDRED_TWENTY'
  | 'MEETING_DURATION';

/** Minutes from local midnight in the organizer's zone. */
export interface WireMinuteRange {
  start: number;
  end: number;
}

export interface WireSlot {
  startMillisUtc: number;
  endMillisUtc: number;
}

export interface WireDurationAvailability {
  meetingDurationMillis: number;
  availabilities: WireSlot[];
}

export interface WireLinkAvailability {
  /** Keys are durations in milliseconds, as strings. */
  linkAvailabilityByDuration: Record<string, WireDurationAvailability>;
  hasMore: boolean;
}

export interface WireUserProfile {
  email: string;
  firstName?: WireNullable<string>;
  lastName?: WireNullable<string>;
  fullName?: WireNullable<string>;
}

export interface WireMeetingsUser {
  id: string;
  userId: string;
  isSalesStarter?: boolean;
  calendarProvider?: 'GOOGLE' | 'OFFICE365' | 'EXCHANGE' | 'UNKNOWN' | string;
  userProfile?: WireUserProfile;
}

export interface WireBusyTime {
  start: number;
  end: number;
}

export interface WireUserBusyTimes {
  isOffline: boolean;
  meetingsUser: WireMeetingsUser;
  busyTimes?: WireBusyTime[];
}

/** Every attribute is required by HubSpot's published types (the guide's sample has no options). */
export interface WireFormFieldOption {
  label: string;
  value: string;
  description: WireNullable<string>;
  displayOrder: number;
  hidden: boolean;
  readOnly: boolean;
  doubleData: number;
}

/** As HubSpot's published types describe it: `options` is `[]` for fields without choices. */
export interface WireFormField {
  name: string;
  label: string;
  fieldType: string;
  type: string;
  isCustom: boolean;
  isRequired: boolean;
  options: WireFormFieldOption[];
}

export interface WireCommunicationConsentCheckbox {
  communicationTypeId: string;
  label: string;
  required: boolean;
}

export interface WireLegalConsentOptions {
  communicationConsentCheckboxes?: WireCommunicationConsentCheckbox[];
  communicationConsentText?: WireNullable<string>;
  isLegitimateInterest?: boolean;
  legitimateInterestSubscriptionTypes?: number[];
  legitimateInterestLegalBasis?: WireNullable<string>;
  privacyPolicyText?: WireNullable<string>;
  processingConsentCheckboxLabel?: WireNullable<string>;
  processingConsentFooterText?: WireNullable<string>;
  processingConsentText?: WireNullable<string>;
  processingConsentType?: 'IMPLICIT' | 'REQUIRED_CHECKBOX' | string;
}

export interface WireDisplayInfo {
  avatar?: WireNullable<string>;
  companyAvatar?: WireNullable<string>;
  headline?: WireNullable<string>;
  publicDisplayAvatarOption?: 'PROFILE_IMAGE' | 'COMPANY_LOGO' | 'CUSTOM_AVATAR' | string;
}

export interface WireGuestSettings {
  canAddGuests: boolean;
  maxGuestCount: number;
}

export interface WireWelcomeScreenInfo {
  title?: WireNullable<string>;
  description?: WireNullable<string>;
  logoUrl?: WireNullable<string>;
  useCompanyLogo?: boolean;
  showWelcomeScreen?: boolean;
}

export interface WireCustomParams {
  /** The guide sends a list of ranges per day, the OpenAPI types a single range. */
  availability?: Partial<Record<WireWeekday, WireMinuteRange[] | WireMinuteRange>>;
  durations?: number[];
  formFields?: WireFormField[];
  legalConsentEnabled?: boolean;
  meetingBufferTime?: number;
  ownerPrioritized?: boolean;
  startTimeIncrementMinutes?: WireStartTimeIncrement | string;
  weeksToAdvertise?: number;
  customAvailabilityStartDate?: WireNullable<number>;
  customAvailabilityEndDate?: WireNullable<number>;
  displayInfo?: WireDisplayInfo;
  guestSettings?: WireGuestSettings;
  language?: WireNullable<string>;
  locale?: WireNullable<string>;
  location?: WireNullable<string>;
  redirectUrl?: WireNullable<string>;
  legalConsentOptions?: WireLegalConsentOptions;
  welcomeScreenInfo?: WireWelcomeScreenInfo;
}

/** `logoAltText`, `showMarketingAd` and `showSalesAd` are required by the published types. */
export interface WireBrandingMetadata {
  logoAltText: WireNullable<string>;
  showMarketingAd: boolean;
  showSalesAd: boolean;
  primaryColor?: WireNullable<string>;
  secondaryColor?: WireNullable<string>;
  accentColor?: WireNullable<string>;
  accent2Color?: WireNullable<string>;
  logoUrl?: WireNullable<string>;
  logoWidth?: WireNullable<number>;
  logoHeight?: WireNullable<number>;
  companyName?: WireNullable<string>;
  companyDomain?: WireNullable<string>;
  companyAddressLine1?: WireNullable<string>;
  companyAddressLine2?: WireNullable<string>;
  companyCity?: WireNullable<string>;
  companyState?: WireNullable<string>;
  companyZip?: WireNullable<string>;
  companyCountry?: WireNullable<string>;
  companyAvatar?: WireNullable<string>;
}

/** GET /scheduler/{v}/meetings/meeting-links/book/{slug} */
export interface WireBookingInfo {
  linkId: string;
  linkType: WireLinkType;
  isOffline: boolean;
  customParams: WireCustomParams;
  allUsersBusyTimes: WireUserBusyTimes[];
  brandingMetadata?: WireBrandingMetadata;
  linkAvailability?: WireLinkAvailability;
}

/** GET /scheduler/{v}/meetings/meeting-links/book/availability-page/{slug} */
export interface WireAvailabilityPage {
  linkAvailability?: WireLinkAvailability;
  allUsersBusyTimes: WireUserBusyTimes[];
}

export interface WireFormFieldValue {
  name: string;
  value: string;
}

export interface WireLegalConsentResponse {
  communicationTypeId: string;
  consented: boolean;
}

/** POST /scheduler/{v}/meetings/meeting-links/book body. */
export interface WireBookRequest {
  slug: string;
  firstName: string;
  lastName: string;
  email: string;
  /** The guide sends epoch milliseconds, the OpenAPI types an ISO 8601 string. */
  startTime: number | string;
  duration: number;
  guestEmails?: string[];
  timezone?: string;
  locale?: string;
  formFields?: WireFormFieldValue[];
  legalConsentResponses?: WireLegalConsentResponse[];
  likelyAvailableUserIds?: string[];
}

export interface WireBookedFormField {
  name: string;
  label: string;
  value: string;
  isCustom: boolean;
  fieldType?: string;
  translatedLabel?: WireNullable<string>;
  valueLabel?: WireNullable<string>;
}

export interface WireBookResponse {
  calendarEventId: string;
  start: string;
  end: string;
  duration: number;
  contactId: string;
  bookingTimezone: string;
  locale?: WireNullable<string>;
  guestEmails: string[];
  subject: string;
  location?: WireNullable<string>;
  isOffline: boolean;
  webConferenceUrl?: WireNullable<string>;
  webConferenceMeetingId?: WireNullable<string>;
  formFields?: WireBookedFormField[];
  legalConsentResponses?: WireLegalConsentResponse[];
}

export interface WireMeetingLink {
  id: string;
  slug: string;
  link: string;
  name?: WireNullable<string>;
  type: WireLinkType;
  organizerUserId: string;
  userIdsOfLinkMembers: string[];
  defaultLink: boolean;
  createdAt: string;
  updatedAt?: WireNullable<string>;
}

/** GET /scheduler/{v}/meetings/meeting-links */
export interface WireMeetingLinksPage {
  total: number;
  results: WireMeetingLink[];
  paging?: { next?: { after: string; link?: string } };
}

/** HubSpot's error body. */
export interface WireErrorBody {
  status?: string;
  message?: string;
  correlationId?: string;
  category?: string;
  subCategory?: string;
  context?: Record<string, string[]>;
  errors?: Array<{
    message: string;
    in?: string;
    code?: string;
    subCategory?: string;
    context?: Record<string, string[]>;
  }>;
  links?: Record<string, string>;
}
