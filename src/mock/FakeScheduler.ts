import type { WireBookRequest, WireBookResponse } from '../api/wireTypes';

/** What a fake call answers: an HTTP status, a JSON body and optional headers. */
export interface FakeResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Query of the booking-info and availability-page calls (strings, as they arrive in a URL, or numbers). */
export interface FakeMonthQuery {
  /** IANA zone the month is grouped in. Default UTC. */
  timezone?: string;
  /** Months after the visitor's current month. Default 0. */
  monthOffset?: number | string;
}

/** Query of the link list call. */
export interface FakeListQuery {
  limit?: number | string;
  after?: string;
  name?: string;
  type?: string;
  organizerUserId?: string;
}

/** A booking the fake accepted. */
export interface FakeBooking {
  /** The link booked. */
  slug: string;
  /** The member who got the meeting (round robin: the one chosen; group: the organizer). */
  assignedUserId: string;
  /** Everyone whose calendar the meeting now blocks. */
  memberUserIds: readonly string[];
  /** Epoch ms. */
  start: number;
  /** Epoch ms. */
  end: number;
  /** The request as received (startTime may be ms or ISO). */
  request: WireBookRequest;
  /** What the fake answered. */
  response: WireBookResponse;
}

/**
 * An in-memory HubSpot scheduling backend. Each method takes what the HTTP call carries and
 * answers with what HubSpot would send, so adapters (MSW, the Node server) only translate HTTP.
 */
export interface FakeScheduler {
  /** GET /scheduler/{v}/meetings/meeting-links */
  listMeetingLinks(query?: FakeListQuery): FakeResponse;
  /** GET /scheduler/{v}/meetings/meeting-links/book/{slug} */
  getBookingInfo(slug: string, query?: FakeMonthQuery): FakeResponse;
  /** GET /scheduler/{v}/meetings/meeting-links/book/availability-page/{slug} */
  getAvailabilityPage(slug: string, query?: FakeMonthQuery): FakeResponse;
  /** POST /scheduler/{v}/meetings/meeting-links/book */
  book(body: unknown, query?: { timezone?: string }): FakeResponse;
  /** Accepted bookings, oldest first. */
  readonly bookings: readonly FakeBooking[];
  /**
   * Marks a time taken by someone else for every member of the link, as if booked elsewhere a
   * moment ago. Throws for an unknown slug (a programming error in a test).
   */
  occupy(slug: string, startMs: number, durationMs: number): void;
  /** Forgets bookings, occupied times and round-robin rotation. */
  reset(): void;
}
