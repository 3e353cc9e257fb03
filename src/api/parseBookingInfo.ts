import { invalidResponse } from './helpers/invalidResponse';
import { isRecord } from './helpers/isRecord';
import { readBoolean } from './helpers/readBoolean';
import { readId } from './helpers/readId';
import { readNumber } from './helpers/readNumber';
import { readText } from './helpers/readText';
import { withDefined } from './helpers/withDefined';
import { parseBranding } from './helpers/parseBranding';
import { parseDisplayInfo } from './helpers/parseDisplayInfo';
import { parseDurations } from './helpers/parseDurations';
import { parseFormFields } from './helpers/parseFormFields';
import { parseGuestSettings } from './helpers/parseGuestSettings';
import { parseLegalConsent } from './helpers/parseLegalConsent';
import { parseLinkAvailability } from './helpers/parseLinkAvailability';
import { parseLinkType } from './helpers/parseLinkType';
import { parseMembers } from './helpers/parseMembers';
import { parseStartTimeIncrement } from './helpers/parseStartTimeIncrement';
import { parseWeeklyAvailability } from './helpers/parseWeeklyAvailability';
import { parseWelcomeScreen } from './helpers/parseWelcomeScreen';
import type { BookingInfo } from './types';

function nonNegative(value: unknown): number | undefined {
  const number = readNumber(value);
  return number !== undefined && number >= 0 ? number : undefined;
}

/**
 * Reads the booking-info answer into the library's model. Every optional part degrades alone:
 * nulls become absent, unknown fields are ignored, missing blocks take defaults, slots are
 * cleaned, and `durations` falls back to the durations that have slots.
 *
 * @throws MeetingsApiError `invalid-response` when the body is not an object with a
 *   `customParams` object: without the page's settings there is nothing to show.
 */
export function parseBookingInfo(json: unknown): BookingInfo {
  if (!isRecord(json) || !isRecord(json.customParams)) throw invalidResponse('scheduling page');
  const params = json.customParams;
  const members = parseMembers(json.allUsersBusyTimes);
  const { slotsByDuration, hasMore } = parseLinkAvailability(json.linkAvailability);
  const legalConsentEnabled = readBoolean(params.legalConsentEnabled) ?? false;
  const legalConsent = legalConsentEnabled ? parseLegalConsent(params.legalConsentOptions) : undefined;

  return withDefined<BookingInfo>(
    {
      linkId: readId(json.linkId) ?? '',
      linkType: parseLinkType(json.linkType),
      isOffline: readBoolean(json.isOffline) ?? false,
      durations: parseDurations(params.durations, Object.keys(slotsByDuration).map(Number)),
      startTimeIncrement: parseStartTimeIncrement(params.startTimeIncrementMinutes),
      weeklyAvailability: parseWeeklyAvailability(params.availability),
      meetingBufferTime: nonNegative(params.meetingBufferTime) ?? 0,
      ownerPrioritized: readBoolean(params.ownerPrioritized) ?? false,
      formFields: parseFormFields(params.formFields),
      legalConsentEnabled,
      displayInfo: parseDisplayInfo(params.displayInfo),
      guestSettings: parseGuestSettings(params.guestSettings),
      welcomeScreen: parseWelcomeScreen(params.welcomeScreenInfo),
      branding: parseBranding(json.brandingMetadata),
      members,
      availability: { slotsByDuration, hasMore, members },
    },
    {
      weeksToAdvertise: nonNegative(params.weeksToAdvertise),
      customAvailabilityStartDate: nonNegative(params.customAvailabilityStartDate),
      customAvailabilityEndDate: nonNegative(params.customAvailabilityEndDate),
      legalConsent,
      language: readText(params.language),
      locale: readText(params.locale),
      location: readText(params.location),
      redirectUrl: readText(params.redirectUrl),
    },
  );
}
