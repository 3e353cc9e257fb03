import { bookingVerificationHeaders } from './helpers/bookingVerificationHeaders';
import { buildQueryString } from './helpers/buildQueryString';
import { createIdempotencyKey, IDEMPOTENCY_KEY_HEADER } from './helpers/createIdempotencyKey';
import { sendRequest } from './helpers/sendRequest';
import { meetingsApiPaths } from './meetingsApiPaths';
import { MeetingsApiError } from './MeetingsApiError';
import { parseAvailabilityPage } from './parseAvailabilityPage';
import { parseBookingInfo } from './parseBookingInfo';
import { parseBookingResult } from './parseBookingResult';
import { parseMeetingLinksPage } from './parseMeetingLinksPage';
import type {
  AvailabilityParams,
  BookMeetingRequest,
  MeetingsClient,
  MeetingsClientOptions,
  RequestOptions,
} from './types';
import type { WireBookRequest } from './wireTypes';

/** The client's headers plus a call's own (the book call's verification token). */
function withHeaders(base: HeadersInit | undefined, extra: HeadersInit | undefined): HeadersInit | undefined {
  if (extra === undefined) return base;
  const headers = new Headers(base);
  new Headers(extra).forEach((value, name) => headers.set(name, value));
  return headers;
}

/** Default per-request time limit: long enough for a slow calendar lookup, short enough to say so. */
const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * An empty slug would address the book call, and `.`/`..` are resolved away by URL parsing even
 * when percent-encoded (reaching another call's path), so none of them can name a page.
 */
function requireSlug(slug: string): string {
  if (typeof slug !== 'string' || slug.trim() === '' || slug === '.' || slug === '..') {
    throw new MeetingsApiError({ kind: 'not-found', message: `"${String(slug)}" is not a scheduling page slug.` });
  }
  return slug;
}

/**
 * `monthOffset` is sent whenever the caller gives it, 0 included, so the request says exactly
 * which month it wants; absent, the server uses the current month (the same as 0).
 */
function availabilityQuery(params: AvailabilityParams): string {
  const { monthOffset } = params;
  if (monthOffset !== undefined && (!Number.isSafeInteger(monthOffset) || monthOffset < 0)) {
    throw new RangeError(`monthOffset must be a whole number of months ≥ 0, got ${String(monthOffset)}.`);
  }
  return buildQueryString({ timezone: params.timezone, monthOffset });
}

/** The book body exactly as the API takes it: known fields only, startTime in epoch ms. */
function toWireBookRequest(request: BookMeetingRequest): WireBookRequest {
  return {
    slug: request.slug,
    firstName: request.firstName,
    lastName: request.lastName,
    email: request.email,
    startTime: request.startTime,
    duration: request.duration,
    guestEmails: request.guestEmails,
    timezone: request.timezone,
    locale: request.locale,
    formFields: request.formFields,
    legalConsentResponses: request.legalConsentResponses,
    likelyAvailableUserIds: request.likelyAvailableUserIds,
  };
}

/**
 * A typed client of the four Meetings API calls, pointed at a proxy or the fake backend (never at
 * HubSpot directly from a browser: that needs a private token). Every method rejects with a
 * `MeetingsApiError` only, except that an abort through `options.signal` re-throws the AbortError.
 * Nothing is retried here; retry policy belongs to the caller, and a booking must run once: each
 * `bookMeeting` call sends a fresh `Idempotency-Key` header, and any 2xx answer resolves.
 *
 * @example
 * const client = createMeetingsClient({ baseUrl: '/api/hubspot' });
 * const info = await client.getBookingInfo('jdoe', { timezone: 'Europe/Paris' });
 */
export function createMeetingsClient(options: MeetingsClientOptions = {}): MeetingsClient {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const apiVersion = options.apiVersion ?? 'v3';
  const paths = meetingsApiPaths(apiVersion);
  const requested = options.timeoutMs;
  // A nonsensical limit (0, negative, NaN) would fail every call at once; use the default instead.
  const timeoutMs = requested !== undefined && requested > 0 ? requested : DEFAULT_TIMEOUT_MS;

  // Read per call so a host can rotate a proxy token without recreating the client.
  const hostHeaders = () => (typeof options.headers === 'function' ? options.headers() : options.headers);
  const send = (method: 'GET' | 'POST', path: string, request: RequestOptions | undefined) =>
    sendRequest({ url: `${baseUrl}${path}`, method, headers: hostHeaders(), fetch: options.fetch, timeoutMs, signal: request?.signal });

  return {
    scope: options.scope ?? `${baseUrl} ${apiVersion}`,
    async listMeetingLinks(params = {}, request) {
      const query = buildQueryString({
        limit: params.limit,
        after: params.after,
        name: params.name,
        organizerUserId: params.organizerUserId,
        type: params.type,
      });
      return parseMeetingLinksPage(await send('GET', `${paths.meetingLinks}${query}`, request));
    },
    async getBookingInfo(slug, params, request) {
      const path = `${paths.bookingInfo(requireSlug(slug))}${availabilityQuery(params)}`;
      return parseBookingInfo(await send('GET', path, request));
    },
    async getAvailabilityPage(slug, params, request) {
      const path = `${paths.availabilityPage(requireSlug(slug))}${availabilityQuery(params)}`;
      return parseAvailabilityPage(await send('GET', path, request));
    },
    async bookMeeting(bookRequest, request) {
      const path = `${paths.book}${buildQueryString({ timezone: bookRequest.timezone })}`;
      const verification = await bookingVerificationHeaders(options.getBookingVerificationToken);
      // A fresh key per call (each call is one submit): a proxy answers a resend of the same
      // request (the browser's own, after a dropped connection) with the first result.
      const headers = new Headers(withHeaders(hostHeaders(), verification));
      headers.set(IDEMPOTENCY_KEY_HEADER, createIdempotencyKey());
      const json = await sendRequest({
        url: `${baseUrl}${path}`,
        method: 'POST',
        body: toWireBookRequest(bookRequest),
        headers,
        fetch: options.fetch,
        timeoutMs,
        signal: request?.signal,
        acceptNonJsonSuccess: true,
      });
      // A 2xx means booked: the request fills in whatever the answer lacks.
      return parseBookingResult(json, bookRequest);
    },
  };
}
