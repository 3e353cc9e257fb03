import { buildQueryString } from './helpers/buildQueryString';
import { defaultErrorMessages } from './helpers/defaultErrorMessages';
import { sendRequest } from './helpers/sendRequest';
import { meetingsApiPaths } from './meetingsApiPaths';
import { MeetingsApiError } from './MeetingsApiError';
import { parseAvailabilityPage } from './parseAvailabilityPage';
import { parseBookingInfo } from './parseBookingInfo';
import type { AvailabilityParams, MeetingsClient, MeetingsClientOptions, RequestOptions } from './types';

/**
 * A module of the client loaded on first use (booking, listing links: never on a page's first
 * load). Its chunk failing to arrive is a network failure like any other, so it rejects with one.
 */
function loadPart<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((cause: unknown) => {
    throw new MeetingsApiError({ kind: 'network', message: defaultErrorMessages.network, cause });
  });
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
      const json = await send('GET', `${paths.meetingLinks}${query}`, request);
      const { parseMeetingLinksPage } = await loadPart(() => import('./parseMeetingLinksPage'));
      return parseMeetingLinksPage(json);
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
      const { sendBookRequest } = await loadPart(() => import('./sendBookRequest'));
      return sendBookRequest({ options, baseUrl, bookPath: paths.book, timeoutMs, hostHeaders }, bookRequest, request);
    },
  };
}
