import { meetingsApiPaths } from '../api/meetingsApiPaths';
import { addMonthsToKey } from '../scheduling/addMonthsToKey';
import { currentMonthKey } from '../scheduling/currentMonthKey';
import { isValidTimeZone } from '../scheduling/isValidTimeZone';
import { monthDistance } from '../scheduling/monthDistance';
import { cdnHeaders, matchesEtag } from './cache/cdnHeaders';
import type { CacheOutcome, CachedRead, createReadCache } from './cache/createReadCache';
import { removeSlots } from './cache/removeSlots';
import { foldMonth } from './folding/foldMonth';
import { planFoldedMonth } from './folding/planFoldedMonth';
import { proxyErrorResponse } from './helpers/proxyErrorResponse';
import { sha256Hex } from './helpers/sha256Hex';
import { stripOrganizerData } from './privacy/stripOrganizerData';

type Json = Record<string, unknown>;
type ReadCall = 'getBookingInfo' | 'getAvailabilityPage';

export interface ReadContext {
  cache: ReturnType<typeof createReadCache>;
  upstreamBase: string;
  now: () => number;
  freshMs: number;
  foldTimeZones: boolean;
  exposeOrganizerDetails: boolean;
  cdnStaleWhileRevalidateSeconds: number | false;
  /** Answers already rendered (folded, cut, stripped, hashed), by what they were made from. */
  rendered: Map<string, { text: string; etag: string }>;
}

const RENDERED_MAX = 512;

/**
 * The cached read of one month: under its absolute month (`yyyy-MM`), never its offset, so an
 * answer fetched before a month turns over is never served for the wrong month.
 */
export function monthRead(context: ReadContext, call: ReadCall, version: string, slug: string, timeZone: string, monthOffset: number): CachedRead {
  const month = addMonthsToKey(currentMonthKey(context.now(), timeZone), monthOffset);
  const paths = meetingsApiPaths(version);
  const path = call === 'getBookingInfo' ? paths.bookingInfo(slug) : paths.availabilityPage(slug);
  return {
    key: `read:${version}:${call}:${encodeURIComponent(slug)}:${timeZone}:${month}`,
    call,
    slug,
    // The offset as of the fetch, should the month have turned over since the key was made.
    url: () => {
      const offset = Math.max(0, monthDistance(currentMonthKey(context.now(), timeZone), month));
      return `${context.upstreamBase}${path}?${new URLSearchParams({ timezone: timeZone, monthOffset: String(offset) })}`;
    },
  };
}

/** The folded reads of a UTC month: month 0 comes with the booking info, later ones as pages. */
function utcMonthRead(context: ReadContext, version: string, slug: string, utcOffset: number): CachedRead {
  return monthRead(context, utcOffset === 0 ? 'getBookingInfo' : 'getAvailabilityPage', version, slug, 'UTC', utcOffset);
}

/** A UTC month after one that said `hasMore: false`: nothing there, so nothing to ask HubSpot. */
const EMPTY_MONTH: Extract<CacheOutcome, { ok: true }> = {
  ok: true,
  entry: { text: JSON.stringify({ linkAvailability: { linkAvailabilityByDuration: {}, hasMore: false }, allUsersBusyTimes: [] }), fetchedAt: Infinity, seq: 0, id: 'empty' },
  fresh: true,
  removed: [],
};

function saysNoMore(outcome: CacheOutcome): boolean {
  if (!outcome.ok) return false;
  const body = JSON.parse(outcome.entry.text) as { linkAvailability?: { hasMore?: unknown } };
  return body.linkAvailability?.hasMore === false;
}

/**
 * The cached reads, at once; except that the last of a folded pair waits for the one before:
 * when that says `hasMore: false` the last is empty and costs no upstream call (a zone west of UTC
 * asking for its next month would otherwise fetch a UTC month only for its first few hours).
 */
async function readMonths(context: ReadContext, reads: CachedRead[], pair: boolean, waitUntil?: (promise: Promise<unknown>) => void): Promise<CacheOutcome[]> {
  const read = (one: CachedRead) => context.cache.read(one, waitUntil);
  if (!pair) return Promise.all(reads.map(read));
  const earlier = await Promise.all(reads.slice(0, -1).map(read));
  const last = saysNoMore(earlier[earlier.length - 1]!) ? EMPTY_MONTH : await read(reads[reads.length - 1]!);
  return [...earlier, last];
}

function parse(outcome: Extract<CacheOutcome, { ok: true }>): Json {
  const body = JSON.parse(outcome.entry.text) as Json;
  return removeSlots(body, outcome.removed);
}

function readQuery(url: URL): { timeZone: string; monthOffset: number } | Response {
  const timeZone = url.searchParams.get('timezone') || 'UTC';
  const rawOffset = url.searchParams.get('monthOffset');
  const monthOffset = rawOffset === null || rawOffset === '' ? 0 : Number(rawOffset);
  if (!isValidTimeZone(timeZone)) return proxyErrorResponse(400, 'VALIDATION_ERROR', `Unknown time zone "${timeZone}".`);
  if (!Number.isInteger(monthOffset) || monthOffset < 0 || monthOffset > 120) {
    return proxyErrorResponse(400, 'VALIDATION_ERROR', 'monthOffset must be a whole number from 0 to 120.');
  }
  return { timeZone, monthOffset };
}

/**
 * A booking-info or availability-page read from the cache: folded from UTC months (or the zone's
 * own month when folding is off), booked slots removed, organizer details stripped, with CDN
 * headers, an `ETag`, and 304 when the browser or CDN has it already.
 */
export async function handleRead(
  request: Request,
  url: URL,
  call: ReadCall,
  version: string,
  slug: string,
  context: ReadContext,
  waitUntil?: (promise: Promise<unknown>) => void,
): Promise<Response> {
  const query = readQuery(url);
  if (query instanceof Response) return query;
  const plan = context.foldTimeZones ? planFoldedMonth(context.now(), query.timeZone, query.monthOffset) : undefined;
  const reads = plan
    ? plan.utcOffsets.map((offset) => utcMonthRead(context, version, slug, offset))
    : [monthRead(context, call, version, slug, query.timeZone, query.monthOffset)];
  // The booking info's other fields come from the UTC month-0 answer, cached for every zone.
  const extraBase = plan !== undefined && call === 'getBookingInfo' && plan.utcOffsets[0] !== 0;
  if (extraBase) reads.unshift(utcMonthRead(context, version, slug, 0));
  const outcomes = await readMonths(context, reads, plan !== undefined && plan.utcOffsets.length > 1, waitUntil);
  const failed = outcomes.find((outcome) => !outcome.ok);
  if (failed && !failed.ok) return failed.response;
  const answers = outcomes as Extract<CacheOutcome, { ok: true }>[];
  const fresh = answers.every((answer) => answer.fresh);
  const fetchedAt = Math.min(...answers.map((answer) => answer.entry.fetchedAt));

  const memoKey = JSON.stringify([call, plan?.start, plan?.end, answers.map((answer) => [answer.entry.id, answer.removed.length])]);
  let rendered = context.rendered.get(memoKey);
  if (!rendered) {
    const parsed = answers.map(parse);
    let body = plan ? foldMonth(plan, call === 'getBookingInfo' ? parsed[0]! : {}, extraBase ? parsed.slice(1) : parsed) : parsed[0]!;
    if (!context.exposeOrganizerDetails) body = stripOrganizerData(body);
    const text = JSON.stringify(body);
    rendered = { text, etag: `"${(await sha256Hex(text)).slice(0, 32)}"` };
    context.rendered.set(memoKey, rendered);
    if (context.rendered.size > RENDERED_MAX) context.rendered.delete(context.rendered.keys().next().value as string);
  }
  const { text, etag } = rendered;
  const freshLeft = fresh ? context.freshMs - (context.now() - fetchedAt) : 0;
  const headers = cdnHeaders(etag, freshLeft, context.cdnStaleWhileRevalidateSeconds);
  if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(text, { status: 200, headers });
}
