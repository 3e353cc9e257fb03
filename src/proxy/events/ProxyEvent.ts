/** Which of the widget's calls an event is about. */
export type ProxyCall = 'getBookingInfo' | 'getAvailabilityPage' | 'bookMeeting' | 'listMeetingLinks';

/**
 * What the proxy reports through `onEvent`. Events name slugs, calls and counts, never a visitor:
 * no address, no name, no email, no token.
 */
export type ProxyEvent =
  /** A read answered from the cache; `state` says whether it was fresh or stale. */
  | { type: 'cache-hit'; call: ProxyCall; slug: string; state: 'fresh' | 'stale' }
  | { type: 'cache-miss'; call: ProxyCall; slug: string }
  /** A read that waited for an identical one already on its way upstream. */
  | { type: 'coalesced'; call: ProxyCall; slug: string }
  /** A call sent to HubSpot, with its status (0 when it failed before one) and duration. */
  | { type: 'upstream'; call: ProxyCall; slug?: string; status: number; durationMs: number }
  /** HubSpot answered 429. */
  | { type: 'upstream-rate-limited'; call: ProxyCall; retryAfterMs?: number }
  /** The proxy's budget after taking (or failing to take) a token. */
  | { type: 'budget'; remaining: number; limit: number; granted: boolean; priority: 'book' | 'read' | 'revalidate' }
  /** A book call refused before HubSpot: per-client or global limit, failed human check, bad body. */
  | { type: 'booking-rejected'; slug?: string; reason: 'client-limit' | 'global-limit' | 'verification' | 'budget' | 'invalid' }
  /** A repeated book call answered with the first one's result. */
  | { type: 'booking-replayed'; slug: string }
  /** A booked or taken slot removed from the slug's cached answers. */
  | { type: 'slot-removed'; slug: string }
  /** Something the proxy could not do and worked around (e.g. the store failed). */
  | { type: 'error'; where: string; message: string };

/** The `onEvent` hook: called synchronously; errors it throws are ignored. */
export type ProxyEventHandler = (event: ProxyEvent) => void;
