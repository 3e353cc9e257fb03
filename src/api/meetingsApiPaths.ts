/** The path of each call for one API version; append it to a base URL. */
export interface MeetingsApiPaths {
  /** GET: the organization's scheduling pages. */
  meetingLinks: string;
  /** GET: a page's settings and first month of availability. */
  bookingInfo(slug: string): string;
  /** GET: a later month of availability. */
  availabilityPage(slug: string): string;
  /** POST: book a meeting. */
  book: string;
}

/**
 * Paths of the Meetings API under `/scheduler/{apiVersion}/meetings/meeting-links`, shared by the
 * client, the proxy and the fake backend so the three cannot drift apart. Slugs and the version
 * are percent-encoded, so a slug with `/` or `?` stays one path segment.
 *
 * @param apiVersion `v3` (default) or a dated segment such as `2026-03`.
 */
export function meetingsApiPaths(apiVersion = 'v3'): MeetingsApiPaths {
  const links = `/scheduler/${encodeURIComponent(apiVersion)}/meetings/meeting-links`;
  return {
    meetingLinks: links,
    bookingInfo: (slug) => `${links}/book/${encodeURIComponent(slug)}`,
    availabilityPage: (slug) => `${links}/book/availability-page/${encodeURIComponent(slug)}`,
    book: `${links}/book`,
  };
}
