import { invalidResponse } from './helpers/invalidResponse';
import { isRecord } from './helpers/isRecord';
import { parseLinkAvailability } from './helpers/parseLinkAvailability';
import { parseMembers } from './helpers/parseMembers';
import type { AvailabilityPage } from './types';

/**
 * Reads the availability-page answer (`{linkAvailability, allUsersBusyTimes}`) tolerantly: odd
 * slots are dropped, slots sorted and de-duplicated, a missing block means no slots.
 *
 * @throws MeetingsApiError `invalid-response` when the body is not an object or carries neither
 *   block (an error page or some other call's answer), since nothing in it is availability.
 */
export function parseAvailabilityPage(json: unknown): AvailabilityPage {
  if (!isRecord(json) || (!('linkAvailability' in json) && !('allUsersBusyTimes' in json))) {
    throw invalidResponse('availability page');
  }
  const { slotsByDuration, hasMore } = parseLinkAvailability(json.linkAvailability);
  return { slotsByDuration, hasMore, members: parseMembers(json.allUsersBusyTimes) };
}
