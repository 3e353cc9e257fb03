import type { MeetingsApiCall } from './MeetingsApiCall';

/** A path recognised as one of the four calls. */
export interface MeetingsApiRoute {
  call: MeetingsApiCall;
  /** The HTTP method the call uses. */
  method: 'GET' | 'POST';
  /** The decoded version segment, e.g. `v3` or `2026-03`. */
  apiVersion: string;
  /** The decoded slug, for booking info and availability page. */
  slug?: string;
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Which call a request path (no query, no base prefix) is, or `undefined` for any other path.
 * The inverse of `meetingsApiPaths`; a trailing slash is accepted because the guide writes the
 * book path with one.
 *
 * @example matchMeetingsApiPath('/scheduler/v3/meetings/meeting-links/book/jdoe')
 * // → { call: 'getBookingInfo', method: 'GET', apiVersion: 'v3', slug: 'jdoe' }
 */
export function matchMeetingsApiPath(pathname: string): MeetingsApiRoute | undefined {
  const segments = pathname.replace(/\/+$/, '').split('/');
  const [empty, scheduler, rawVersion, meetings, meetingLinks, ...rest] = segments;
  if (empty !== '' || scheduler !== 'scheduler' || meetings !== 'meetings' || meetingLinks !== 'meeting-links') {
    return undefined;
  }
  const apiVersion = rawVersion === undefined ? undefined : decode(rawVersion);
  if (!apiVersion) return undefined;
  if (rest.length === 0) return { call: 'listMeetingLinks', method: 'GET', apiVersion };
  if (rest[0] !== 'book') return undefined;
  if (rest.length === 1) return { call: 'bookMeeting', method: 'POST', apiVersion };
  const slugSegment = rest.length === 2 ? rest[1] : rest.length === 3 && rest[1] === 'availability-page' ? rest[2] : undefined;
  const slug = slugSegment === undefined ? undefined : decode(slugSegment);
  if (!slug) return undefined;
  return { call: rest.length === 2 ? 'getBookingInfo' : 'getAvailabilityPage', method: 'GET', apiVersion, slug };
}
