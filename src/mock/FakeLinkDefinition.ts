import type {
  WireBrandingMetadata,
  WireDisplayInfo,
  WireDurationAvailability,
  WireFormField,
  WireFormFieldOption,
  WireGuestSettings,
  WireLegalConsentOptions,
  WireLinkType,
  WireMinuteRange,
  WireStartTimeIncrement,
  WireWeekday,
  WireWelcomeScreenInfo,
} from '../api/wireTypes';
import type { FakeMemberDefinition } from './FakeMemberDefinition';

/** An instant in epoch ms, or a function of "now" for windows that must move with a real clock. */
export type FakeInstant = number | ((now: number) => number);

/**
 * Everything the fake backend needs to serve one scheduling link. It is written in the
 * organizer's terms (local weekly hours, members with busy ranges); the fake turns it into
 * HubSpot's wire JSON and computes availability from it.
 */
export interface FakeLinkDefinition {
  /** The link's slug: the last path segment of its public URL and of the API paths. */
  slug: string;
  /** `linkId` in booking info and `id` in the link list. Default: a stable number derived from the slug. */
  linkId?: string;
  /** Title of the link, as listed by `listMeetingLinks`. */
  name: string;
  /** Personal, round robin (any member free) or group (all members free). */
  linkType: WireLinkType;
  /** IANA zone the weekly hours are read in. */
  organizerTimeZone: string;
  /** Bookable hours per weekday, minutes from local midnight in {@link organizerTimeZone}. */
  weeklyHours: Partial<Record<WireWeekday, readonly WireMinuteRange[]>>;
  /** Meeting lengths offered, in ms; the first is the default. */
  durations: readonly number[];
  /** Step between candidate start times; `MEETING_DURATION` steps by the duration itself. */
  startTimeIncrement: WireStartTimeIncrement;
  /** Gap kept free before and after every busy range, in ms (`meetingBufferTime`). Default 0. */
  bufferMs?: number;
  /** The people on the link; the first is the organizer. */
  members: readonly FakeMemberDefinition[];
  /** Rolling window: slots start before now + this many weeks. Default 2. Ignored when a custom end is set. */
  weeksToAdvertise?: number;
  /** Custom window start (`customAvailabilityStartDate`): no slot starts before it. */
  customAvailabilityStartDate?: FakeInstant;
  /** Custom window end (`customAvailabilityEndDate`): no slot starts at or after it. */
  customAvailabilityEndDate?: FakeInstant;
  /** Minimum notice in ms: a slot must start after now + this. Default 0. */
  minimumNoticeMs?: number;
  /** `ownerPrioritized` (round robin): only echoed, the fake has no contact owners. Default false. */
  ownerPrioritized?: boolean;
  /** Questions asked besides name and email. Default none. */
  formFields?: readonly FakeFormFieldDefinition[];
  /** Whether the consent block is shown and enforced. Default false. */
  legalConsentEnabled?: boolean;
  /** Consent texts and checkboxes; HTML allowed (the widget must sanitize it). */
  legalConsentOptions?: WireLegalConsentOptions;
  /** Guests the visitor may add. Default none. */
  guestSettings?: WireGuestSettings;
  /** Avatar settings (`customParams.displayInfo`). */
  displayInfo?: WireDisplayInfo;
  /** Welcome title and description (`customParams.welcomeScreenInfo`). */
  welcomeScreenInfo?: WireWelcomeScreenInfo;
  /** Colours, logo and company (`brandingMetadata`; the required flags default to false). */
  branding?: FakeBrandingDefinition;
  /** Where the meeting happens (`customParams.location`, echoed in the booking). */
  location?: string;
  /** Page to send the visitor to after booking (`customParams.redirectUrl`). */
  redirectUrl?: string;
  /** `customParams.language` / `locale`, when the link sets one. */
  language?: string;
  /** Subject of the booked meeting. Default: "<link name> with <visitor>". */
  subject?: string;
  /** Join link returned with every booking (`webConferenceUrl`). */
  webConferenceUrl?: string;
  /** Whether the link is its organizer's default link in the list. Default false. */
  defaultLink?: boolean;
  /** ISO creation time in the link list. Default 2024-01-15T10:00:00.000Z. */
  createdAt?: string;
  /**
   * A static `linkAvailabilityByDuration` served instead of computed slots (the documentation's
   * sample). Past slots are dropped, booked ones removed, and when every slot lies in the past
   * the whole set moves forward by whole weeks in the organizer's zone (same weekday and wall
   * time), so the sample stays bookable on a real clock.
   */
  fixedSlots?: Readonly<Record<string, WireDurationAvailability>>;
}

/** A choice as a scenario writes it; the fake fills in what the published types require. */
export type FakeFormFieldOptionDefinition = Pick<WireFormFieldOption, 'label' | 'value'> & Partial<WireFormFieldOption>;

/**
 * A question as a scenario writes it: `type`, `isCustom`, `isRequired` and `options` may be left
 * out, and the fake answers them with HubSpot's defaults (see `toWireFormField`).
 */
export type FakeFormFieldDefinition = Pick<WireFormField, 'name' | 'label' | 'fieldType'> &
  Partial<Omit<WireFormField, 'name' | 'label' | 'fieldType' | 'options'>> & {
    options?: readonly FakeFormFieldOptionDefinition[];
  };

/** Branding as a scenario writes it; `toWireBranding` adds the flags and alt text the types require. */
export type FakeBrandingDefinition = Partial<WireBrandingMetadata>;
