import { matchMeetingsApiPath, type MeetingsApiRoute } from '../api/matchMeetingsApiPath';
import { meetingsApiPaths } from '../api/meetingsApiPaths';
import { meetingsApiQueryParams } from '../api/meetingsApiQueryParams';
import { createBookLimiter } from './abuse/createBookLimiter';
import { createUpstreamBudget } from './budget/createUpstreamBudget';
import { createReadCache } from './cache/createReadCache';
import { sanitizeBookBody } from './book/sanitizeBookBody';
import type { ProxyEvent } from './events/ProxyEvent';
import { callUpstream } from './helpers/callUpstream';
import { corsHeaders } from './helpers/corsHeaders';
import { forwardedQuery } from './helpers/forwardedQuery';
import { isApiVersionAllowed } from './helpers/isApiVersionAllowed';
import { isOriginAllowed } from './helpers/isOriginAllowed';
import { isSameOrigin } from './helpers/isSameOrigin';
import { isSlugAllowed } from './helpers/isSlugAllowed';
import { proxyErrorResponse } from './helpers/proxyErrorResponse';
import { readAccessToken } from './helpers/readAccessToken';
import { readBodyWithLimit } from './helpers/readBodyWithLimit';
import { relayUpstreamResponse } from './helpers/relayUpstreamResponse';
import { stripBasePath } from './helpers/stripBasePath';
import { handleBook, type BookContext } from './handleBook';
import { handleRead, type ReadContext } from './handleRead';
import type { MeetingsProxyOptions } from './MeetingsProxyOptions';
import { createMemoryStore } from './store/createMemoryStore';

const DEFAULT_UPSTREAM = 'https://api.hubapi.com';
const DEFAULT_ALLOWED_HEADERS = ['Accept', 'Content-Type', 'Idempotency-Key', 'X-Booking-Verification'];

/**
 * A Fetch-API request handler: the shape Next.js route handlers, edge runtimes and Deno serve.
 * Pass the platform's arguments after the request as they come (a Worker's `env, ctx`, Netlify's
 * `context`): one with a `waitUntil` method keeps background revalidations alive after the answer.
 */
export type MeetingsProxyHandler = (request: Request, ...platform: unknown[]) => Promise<Response>;

/** Where background work goes: the platform's `waitUntil`, else the option's, else nowhere. */
function findWaitUntil(platform: unknown[], fallback: MeetingsProxyOptions['waitUntil']): ((promise: Promise<unknown>) => void) | undefined {
  for (const value of platform) {
    if (typeof value === 'object' && value !== null && typeof (value as { waitUntil?: unknown }).waitUntil === 'function') {
      const holder = value as { waitUntil(promise: Promise<unknown>): void };
      // Called on its holder: a Worker's ctx.waitUntil throws "Illegal invocation" when detached.
      return (promise) => holder.waitUntil(promise);
    }
  }
  return fallback;
}

type Cors = { kind: 'none' } | { kind: 'allowed'; headers: Headers } | { kind: 'denied' };

function resolveCors(request: Request, url: URL, options: MeetingsProxyOptions): Cors {
  const origin = request.headers.get('origin');
  if (origin === null || isSameOrigin(origin, url)) return { kind: 'none' };
  if (!isOriginAllowed(origin, options.allowedOrigins)) return { kind: 'denied' };
  return { kind: 'allowed', headers: corsHeaders(origin, options.allowedOrigins === '*') };
}

function upstreamPath(route: MeetingsApiRoute, slug: string): string {
  const paths = meetingsApiPaths(route.apiVersion);
  if (route.call === 'listMeetingLinks') return paths.meetingLinks;
  if (route.call === 'bookMeeting') return paths.book;
  return route.call === 'getBookingInfo' ? paths.bookingInfo(slug) : paths.availabilityPage(slug);
}

/** Everything the handler keeps between requests: built once per `createMeetingsProxy`. */
function createState(options: MeetingsProxyOptions) {
  const now = options.now ?? Date.now;
  const onEvent = (event: ProxyEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // A failing logger must not fail a visitor's request.
    }
  };
  const store = options.store ?? createMemoryStore({ now });
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxResponseBytes = options.maxResponseBytes ?? 4 * 1024 * 1024;
  const upstreamBase = (options.upstreamBaseUrl ?? DEFAULT_UPSTREAM).replace(/\/+$/, '');
  const budget = createUpstreamBudget(store, options.budget, onEvent, now);
  const freshMs = options.cache?.freshMs ?? 30_000;
  const send = (url: string, token: string, method: 'GET' | 'POST', body?: string, signal?: AbortSignal) =>
    callUpstream({ url, method, body, token, fetch: options.fetch, timeoutMs, maxResponseBytes, signal });
  const cache = createReadCache({
    store,
    budget,
    onEvent,
    now,
    freshMs,
    maxStaleMs: options.cache?.maxStaleMs ?? 600_000,
    budgetWaitMs: options.budgetWaitMs ?? 2000,
    timeoutMs,
    token: () => readAccessToken(options.token),
    // Not tied to the visitor's signal: the answer is for everyone waiting on it.
    callUpstream: (url, token) => send(url, token, 'GET'),
  });
  const readContext: ReadContext = {
    cache,
    upstreamBase,
    now,
    freshMs,
    foldTimeZones: options.foldTimeZones ?? true,
    exposeOrganizerDetails: options.exposeOrganizerDetails ?? false,
    cdnStaleWhileRevalidateSeconds: options.cache?.cdnStaleWhileRevalidateSeconds ?? 60,
    rendered: new Map(),
  };
  const bookContext: BookContext = {
    store,
    cache,
    readContext,
    budget,
    limiter: createBookLimiter(store, options.bookLimits, now),
    onEvent,
    now,
    options,
    timeoutMs,
    idempotencyTtlMs: options.idempotencyTtlMs ?? 600_000,
    // A booking the visitor gave up on still completes: never leave its outcome unknown.
    callUpstream: (url, body, token) => send(url, token, 'POST', body),
  };
  return { upstreamBase, readContext, bookContext, onEvent, send };
}

async function handle(request: Request, options: MeetingsProxyOptions, state: ReturnType<typeof createState>, cors: Cors, url: URL, waitUntil?: (promise: Promise<unknown>) => void): Promise<Response> {
  const notFound = () => proxyErrorResponse(404, 'OBJECT_NOT_FOUND', 'Not found.');
  const path = stripBasePath(url.pathname, options.basePath);
  const route = path === undefined ? undefined : matchMeetingsApiPath(path);
  if (!route || !isApiVersionAllowed(route.apiVersion, options.apiVersions)) return notFound();
  // Listing would show every scheduling page of the account: only when the owner opts in.
  if (route.call === 'listMeetingLinks' && options.allowListLinks !== true) return notFound();

  const allow = `${route.method}, OPTIONS`;
  if (request.method === 'OPTIONS') {
    const headers = new Headers({ Allow: allow });
    if (cors.kind === 'allowed') {
      headers.set('Access-Control-Allow-Methods', allow);
      headers.set('Access-Control-Allow-Headers', (options.allowedHeaders ?? DEFAULT_ALLOWED_HEADERS).join(', '));
      headers.set('Access-Control-Max-Age', '600');
    }
    return new Response(null, { status: 204, headers });
  }
  if (request.method !== route.method) {
    return proxyErrorResponse(405, 'METHOD_NOT_ALLOWED', `Use ${route.method}.`, { Allow: allow });
  }

  if (route.method === 'POST') {
    // Demanding JSON also means a cross-origin page cannot post without a CORS preflight.
    if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
      return proxyErrorResponse(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the booking as application/json.');
    }
    const text = await readBodyWithLimit(request, options.maxBodyBytes ?? 16 * 1024);
    if (text === undefined) return proxyErrorResponse(413, 'PAYLOAD_TOO_LARGE', 'The booking is too large.');
    const body = sanitizeBookBody(text);
    if (body === undefined) {
      state.onEvent({ type: 'booking-rejected', reason: 'invalid' });
      return proxyErrorResponse(400, 'VALIDATION_ERROR', 'The booking must be a JSON object with a slug.');
    }
    if (!(await isSlugAllowed(body.slug, options.allowedSlugs))) return notFound();
    const token = await readAccessToken(options.token);
    if (token === undefined) return notConfigured();
    const query = forwardedQuery(url.searchParams, meetingsApiQueryParams.bookMeeting);
    const upstreamUrl = `${state.upstreamBase}${upstreamPath(route, body.slug)}${query}`;
    return handleBook(request, body, route.apiVersion, upstreamUrl, token, state.bookContext);
  }

  const slug = route.slug ?? '';
  if (route.call !== 'listMeetingLinks' && !(await isSlugAllowed(slug, options.allowedSlugs))) return notFound();
  if (route.call === 'listMeetingLinks') {
    const token = await readAccessToken(options.token);
    if (token === undefined) return notConfigured();
    const query = forwardedQuery(url.searchParams, meetingsApiQueryParams.listMeetingLinks);
    return relayUpstreamResponse(await state.send(`${state.upstreamBase}${upstreamPath(route, slug)}${query}`, token, 'GET', undefined, request.signal), token);
  }
  if (route.call === 'bookMeeting') return notFound();
  return handleRead(request, url, route.call, route.apiVersion, slug, state.readContext, waitUntil);
}

function notConfigured(): Response {
  return proxyErrorResponse(500, 'PROXY_NOT_CONFIGURED', 'The scheduling proxy has no HubSpot access token.');
}

/** Adds the CORS headers, merging `Vary` rather than replacing the read answer's own. */
function withCors(response: Response, cors: Headers): Response {
  cors.forEach((value, name) => {
    if (name === 'vary') {
      const vary = new Set([...(response.headers.get('vary') ?? '').split(','), value].map((part) => part.trim()).filter(Boolean));
      response.headers.set('Vary', [...vary].join(', '));
    } else response.headers.set(name, value);
  });
  return response;
}

/**
 * A server-side proxy for the widget, at production scale. It forwards only the four Meetings API
 * calls (list links only when `allowListLinks`), with their own query parameters, to HubSpot with
 * the server's token, so the token never reaches a browser; and it refuses other paths (404),
 * wrong methods (405), slugs and versions not allowed (404), other sites' pages unless allowed
 * (403), large bodies (413).
 *
 * Reads are cached (fresh for `cache.freshMs`, then stale while revalidating and when HubSpot
 * fails), coalesced, folded across visitor zones, stripped of organizer details, and carry CDN
 * headers with an `ETag`. Upstream calls spend a budget below HubSpot's rate limit, booking first.
 * Book calls are limited per client, checked by `verifyBooking`, de-duplicated by
 * `Idempotency-Key`, never cached or retried, and take their slot out of every cached answer.
 * Uses only Fetch-API globals: Node 20+ (see `toNodeHandler`), Next.js route handlers, Cloudflare
 * Workers, Deno and Bun.
 *
 * @example
 * // app/api/hubspot/[...path]/route.ts
 * const proxy = createMeetingsProxy({ basePath: '/api/hubspot', allowedSlugs: ['jdoe'] });
 * export { proxy as GET, proxy as POST, proxy as OPTIONS };
 */
export function createMeetingsProxy(options: MeetingsProxyOptions = {}): MeetingsProxyHandler {
  const state = createState(options);
  return async (request, ...platform) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return proxyErrorResponse(400, 'VALIDATION_ERROR', 'Bad request URL.');
    }
    const cors = resolveCors(request, url, options);
    if (cors.kind === 'denied') return proxyErrorResponse(403, 'ORIGIN_NOT_ALLOWED', 'This site may not use the scheduling proxy.');
    let response: Response;
    try {
      response = await handle(request, options, state, cors, url, findWaitUntil(platform, options.waitUntil));
    } catch (error) {
      // A throwing allowedSlugs, token function or store: say nothing about it to the visitor.
      state.onEvent({ type: 'error', where: 'handler', message: error instanceof Error ? error.name : 'unknown' });
      response = proxyErrorResponse(500, 'INTERNAL_ERROR', 'The scheduling proxy failed.');
    }
    return cors.kind === 'allowed' ? withCors(response, cors.headers) : response;
  };
}
