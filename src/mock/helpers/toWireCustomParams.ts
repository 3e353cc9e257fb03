import type { WireCustomParams, WireMinuteRange, WireWeekday } from '../../api/wireTypes';
import type { FakeLinkDefinition } from '../FakeLinkDefinition';
import { DEFAULT_WEEKS_TO_ADVERTISE } from './advertisingWindow';
import { resolveInstant } from './resolveInstant';
import { toWireFormField } from './toWireFormField';

/**
 * `customParams` as HubSpot sends it. Keys the definition leaves out are left out here too (the
 * documentation's sample has no `location` or `welcomeScreenInfo`), so a sample can be served verbatim.
 */
export function toWireCustomParams(link: FakeLinkDefinition, now: number): WireCustomParams {
  const availability: Partial<Record<WireWeekday, WireMinuteRange[]>> = {};
  for (const [day, ranges] of Object.entries(link.weeklyHours) as Array<[WireWeekday, readonly WireMinuteRange[]]>) {
    if (ranges.length > 0) availability[day] = ranges.map((range) => ({ start: range.start, end: range.end }));
  }
  const params: WireCustomParams = {
    legalConsentEnabled: link.legalConsentEnabled ?? false,
    ownerPrioritized: link.ownerPrioritized ?? false,
    formFields: (link.formFields ?? []).map(toWireFormField),
    guestSettings: { ...(link.guestSettings ?? { canAddGuests: false, maxGuestCount: 0 }) },
    meetingBufferTime: link.bufferMs ?? 0,
    availability,
    startTimeIncrementMinutes: link.startTimeIncrement,
    weeksToAdvertise: link.weeksToAdvertise ?? DEFAULT_WEEKS_TO_ADVERTISE,
    durations: [...link.durations],
  };
  if (link.legalConsentOptions) params.legalConsentOptions = structuredClone(link.legalConsentOptions);
  if (link.displayInfo) params.displayInfo = { ...link.displayInfo };
  if (link.welcomeScreenInfo) params.welcomeScreenInfo = { ...link.welcomeScreenInfo };
  if (link.location !== undefined) params.location = link.location;
  if (link.redirectUrl !== undefined) params.redirectUrl = link.redirectUrl;
  if (link.language !== undefined) {
    params.language = link.language;
    params.locale = link.language;
  }
  const customStart = resolveInstant(link.customAvailabilityStartDate, now);
  const customEnd = resolveInstant(link.customAvailabilityEndDate, now);
  if (customStart !== undefined) params.customAvailabilityStartDate = customStart;
  if (customEnd !== undefined) params.customAvailabilityEndDate = customEnd;
  return params;
}
