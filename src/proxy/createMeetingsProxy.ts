import { matchMeetingsApiPath, type MeetingsApiRoute } from '../api/matchMeetingsApiPath';
import { meetingsApiPaths } from '../api/meetingsApiPaths';
import { meetingsApiQueryParams } from '../api/meetingsApiQueryParams';
import { corsHeaders } from './helpers/corsHeaders';
import { forwardedQuery } from './helpers/forwardedQuery';
import { forwardToUpstream } from './helpers/forwardToUpstream';
import { isApiVersionAllowed } from './helpers/isApiVersionAllowed';
import { isOriginAllowed } from './helpers/isOriginAllowed';
import { isSameOrigin } from './helpers/isSameOrigin';
import { isSlugAllowed } from './helpers/isSlugAllowed';
import { proxyErrorResponse } from './helpers/proxyErrorResponse';
import { readAccessToken } from './helpers/readAccessToken';
import { readBodyWithLimit } from './helpers/readBodyWithLimit';
import { stripBasePath } from './helpers/stripBasePath';
import type { MeetingsProxyOptions } from './MeetingsProxyOptions';

const DEFAULT_UPSTREAM = 'https://api.hubapi.com';
const DEFAULT_MAX_BODY_BYTES = 16 * 1024;
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_ALLOWED_HEADERS = ['Accept', 'Content-Type'];

/** A Fetch-API request handler: the shape Next.js route handlers, edge runtimes and Deno serve. */
export type MeetingsProxyHandler = (request: Request) => Promise<Response>;

type Cors = { kind: 'none' } | { kind: 'allowed'; headers: Headers } | { kind: 'denied' };

function resolveCors(request: Request, url: URL, options: MeetingsProxyOptions): Cors {
  const origin = request.headers.get('origin');
  if (origin === null || isSameOrigin(origin, url)) return { kind: 'none' };
  if (!isOriginAllowed(origin, options.allowedOrigins)) return { kind: 'denied' };
  return { kind: 'allowed', headers: corsHeaders(origin, options.allowedOrigins === '*') };
}

function upstreamPath(route: MeetingsApiRoute, slug: string | undefined): string {
  const paths = meetingsApiPaths(route.apiVersion);
  switch (route.call) {
    case 'listMeetingLinks':
      return paths.meetingLinks;
    case 'getBookingInfo':
      return paths.bookingInfo(slug ?? '');
    case 'getAvailabilityPage':
      return paths.availabilityPage(slug ?? '');
    case 'bookMeeting':
      return paths.book;
  }
}

/** The slug a book body names, or absent when the body is not a JSON object with one. */
function slugOfBody(text: string): string | undefined {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
    const slug = (body as { slug?: unknown }).slug;
    return typeof slug === 'string' && slug.trim() !== '' ? slug : undefined;
  } catch {
    return undefined;
  }
}

async function handle(request: Request, options: MeetingsProxyOptions, cors: Cors, url: URL): Promise<Response> {
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

  let body: string | undefined;
  let slug = route.slug;
  if (route.method === 'POST') {
    // Demanding JSON also means a cross-origin page cannot post without a CORS preflight.
    if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
      return proxyErrorResponse(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the booking as application/json.');
    }
    body = await readBodyWithLimit(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    if (body === undefined) return proxyErrorResponse(413, 'PAYLOAD_TOO_LARGE', 'The booking is too large.');
    slug = slugOfBody(body);
    if (slug === undefined) {
      return proxyErrorResponse(400, 'VALIDATION_ERROR', 'The booking must be a JSON object with a slug.');
    }
  }
  if (slug !== undefined && !(await isSlugAllowed(slug, options.allowedSlugs))) return notFound();

  const token = await readAccessToken(options.token);
  if (token === undefined) {
    return proxyErrorResponse(500, 'PROXY_NOT_CONFIGURED', 'The scheduling proxy has no HubSpot access token.');
  }
  const upstreamBase = (options.upstreamBaseUrl ?? DEFAULT_UPSTREAM).replace(/\/+$/, '');
  const query = forwardedQuery(url.searchParams, meetingsApiQueryParams[route.call]);
  return forwardToUpstream({
    url: `${upstreamBase}${upstreamPath(route, slug)}${query}`,
    method: route.method,
    body,
    token,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    signal: request.signal,
  });
}

/**
 * A server-side proxy for the widget: forwards only the four Meetings API calls (list links only
 * when `allowListLinks`), with their own query parameters, to HubSpot with the server's token, so
 * the token never reaches a browser. Refuses other paths (404), wrong methods (405), slugs and
 * versions not allowed (404), other sites' pages unless allowed (403, CORS), large bodies (413);
 * a slow HubSpot gives 504, an unreachable one 502. Uses only Fetch-API globals, so it runs in
 * Node 18+ (see `toNodeHandler`), Next.js route handlers and edge runtimes.
 *
 * @example
 * // app/api/hubspot/[...path]/route.ts
 * const proxy = createMeetingsProxy({ basePath: '/api/hubspot', allowedSlugs: ['jdoe'] });
 * export { proxy as GET, proxy as POST, proxy as OPTIONS };
 */
export function createMeetingsProxy(options: MeetingsProxyOptions = {}): MeetingsProxyHandler {
  return async (request) => {
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
      response = await handle(request, options, cors, url);
    } catch {
      // A throwing allowedSlugs or token function: say nothing about it to the visitor.
      response = proxyErrorResponse(500, 'INTERNAL_ERROR', 'The scheduling proxy failed.');
    }
    if (cors.kind === 'allowed') cors.headers.forEach((value, name) => response.headers.set(name, value));
    return response;
  };
}
