import type { MockCall } from './MockFault';

/** A request recognised as one of the four Meetings API calls. */
export interface MockRoute {
  call: MockCall;
  /** The link slug for booking info and availability page. */
  slug?: string;
  /** The API version segment (`v3`, `2026-03`, ...). */
  version: string;
}

// Anything may come before `/scheduler` (a proxy's base path); any version segment is accepted.
const MEETING_LINKS = /\/scheduler\/([^/]+)\/meetings\/meeting-links(?:\/(.*?))?\/?$/;

/**
 * Which call a method and URL path make, or undefined for anything else. Shared by the MSW
 * adapter and the Node server so both route exactly alike.
 */
export function matchMockRoute(method: string, pathname: string): MockRoute | undefined {
  const match = MEETING_LINKS.exec(pathname);
  if (!match) return undefined;
  const version = decodeSegment(match[1] ?? '');
  const rest = (match[2] ?? '').split('/').map(decodeSegment);
  const verb = method.toUpperCase();
  if (rest.length === 1 && rest[0] === '') return verb === 'GET' ? { call: 'listMeetingLinks', version } : undefined;
  if (rest[0] !== 'book') return undefined;
  if (rest.length === 1) return verb === 'POST' ? { call: 'bookMeeting', version } : undefined;
  if (verb !== 'GET') return undefined;
  if (rest.length === 2 && rest[1]) return { call: 'getBookingInfo', slug: rest[1], version };
  if (rest.length === 3 && rest[1] === 'availability-page' && rest[2]) {
    return { call: 'getAvailabilityPage', slug: rest[2], version };
  }
  return undefined;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
