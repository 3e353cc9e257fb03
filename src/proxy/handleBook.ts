import type { WireBookRequest } from '../api/wireTypes';
import { currentMonthKey } from '../scheduling/currentMonthKey';
import { monthDistance } from '../scheduling/monthDistance';
import { clientAddress } from './abuse/clientAddress';
import type { createBookLimiter } from './abuse/createBookLimiter';
import type { createReadCache } from './cache/createReadCache';
import type { UpstreamBudget } from './budget/createUpstreamBudget';
import type { ProxyEventHandler } from './events/ProxyEvent';
import { bookedInterval } from './book/sanitizeBookBody';
import type { UpstreamResult } from './helpers/callUpstream';
import { proxyErrorResponse } from './helpers/proxyErrorResponse';
import { redactToken, relayUpstreamResponse } from './helpers/relayUpstreamResponse';
import { sha256Hex } from './helpers/sha256Hex';
import { freeMemberIds } from './privacy/stripOrganizerData';
import type { ProxyStore } from './store/ProxyStore';
import type { MeetingsProxyOptions } from './MeetingsProxyOptions';
import { monthRead, type ReadContext } from './handleRead';

export interface BookContext {
  store: ProxyStore;
  cache: ReturnType<typeof createReadCache>;
  readContext: ReadContext;
  budget: UpstreamBudget;
  limiter: ReturnType<typeof createBookLimiter>;
  onEvent: ProxyEventHandler;
  now: () => number;
  options: MeetingsProxyOptions;
  timeoutMs: number;
  idempotencyTtlMs: number;
  callUpstream: (url: string, body: string, token: string) => Promise<UpstreamResult>;
}

interface StoredAnswer {
  status: number;
  body: string | null;
  headers: [string, string][];
  bodyHash: string;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function replay(answer: StoredAnswer): Response {
  const headers = new Headers(answer.headers);
  headers.set('Idempotency-Replayed', 'true');
  return new Response(answer.body, { status: answer.status, headers });
}

/** Whether HubSpot's answer means the slot is gone: booked now, or taken by someone else. */
function slotIsGone(status: number, text: string): boolean {
  if ((status >= 200 && status < 300) || status === 409) return true;
  return status === 400 && /no longer available|not available|unavailable|already booked/i.test(text);
}

/** Free members for the slot from the proxy's unstripped copy, when it has the slot's month cached. */
async function serverSideFreeMembers(context: BookContext, version: string, body: WireBookRequest, zone: string): Promise<string[] | undefined> {
  const interval = bookedInterval(body);
  if (!interval) return undefined;
  const zones = context.readContext.foldTimeZones ? ['UTC'] : [zone];
  for (const timeZone of zones) {
    const offset = monthDistance(currentMonthKey(context.now(), timeZone), currentMonthKey(interval.start, timeZone));
    if (offset < 0) continue;
    for (const call of ['getBookingInfo', 'getAvailabilityPage'] as const) {
      const entry = await context.cache.peek(monthRead(context.readContext, call, version, body.slug, timeZone, offset).key);
      if (!entry) continue;
      const ids = freeMemberIds(JSON.parse(entry.text) as Record<string, unknown>, interval);
      if (ids) return ids;
    }
  }
  return undefined;
}

/**
 * The link's buffer between meetings from its cached booking info (0 when not cached): HubSpot
 * keeps that much free around a booking, so the slots next to it go too.
 */
async function cachedBufferMs(context: BookContext, version: string, slug: string, zone: string): Promise<number> {
  const timeZone = context.readContext.foldTimeZones ? 'UTC' : zone;
  const entry = await context.cache.peek(monthRead(context.readContext, 'getBookingInfo', version, slug, timeZone, 0).key);
  if (!entry) return 0;
  const buffer = (JSON.parse(entry.text) as { customParams?: { meetingBufferTime?: unknown } }).customParams?.meetingBufferTime;
  return typeof buffer === 'number' && buffer > 0 ? Math.min(buffer, 86_400_000) : 0;
}

/**
 * A book call: answered again from its `Idempotency-Key` when it was seen, else limited per
 * client and overall, checked by `verifyBooking`, given priority in the budget, and forwarded
 * once (never retried, never cached). Booked or taken, its slot leaves every cached answer.
 */
export async function handleBook(request: Request, body: WireBookRequest, version: string, upstreamUrl: string, token: string, context: BookContext): Promise<Response> {
  const { store, onEvent } = context;
  const slug = body.slug;
  const rawKey = request.headers.get('idempotency-key')?.trim();
  const idemKey = rawKey && IDEMPOTENCY_KEY.test(rawKey) ? `idem:${await sha256Hex(rawKey)}` : undefined;
  const bodyHash = await sha256Hex(JSON.stringify(body));

  if (idemKey) {
    const seen = async (): Promise<Response | undefined> => {
      const stored = await store.get(idemKey);
      if (stored === undefined) return undefined;
      const answer = JSON.parse(stored) as StoredAnswer;
      if (answer.bodyHash !== bodyHash) {
        return proxyErrorResponse(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for another booking.');
      }
      onEvent({ type: 'booking-replayed', slug });
      return replay(answer);
    };
    const earlier = await seen();
    if (earlier) return earlier;
    if (!(await store.lock(`${idemKey}:lock`, context.timeoutMs + 5000))) {
      // The same booking is on its way (a browser's resend): wait for its answer.
      const deadline = context.now() + context.timeoutMs + 5000;
      while (context.now() < deadline) {
        await sleep(50);
        const answer = await seen();
        if (answer) return answer;
      }
      return proxyErrorResponse(409, 'BOOKING_IN_PROGRESS', 'This booking is still being made.');
    }
  }
  try {
    const address = clientAddress(request, context.options.trustedClientAddressHeader);
    const verdict = await context.limiter(address);
    if (!verdict.allowed) {
      onEvent({ type: 'booking-rejected', slug, reason: verdict.reason });
      return proxyErrorResponse(429, 'BOOKING_RATE_LIMITED', 'Too many bookings from here. Try again later.', {
        'Retry-After': String(Math.max(1, Math.ceil(verdict.retryAfterMs / 1000))),
      });
    }
    if (context.options.verifyBooking) {
      const verified = await context.options.verifyBooking(request, { slug, clientAddress: address });
      if (verified !== true) {
        onEvent({ type: 'booking-rejected', slug, reason: 'verification' });
        const message = typeof verified === 'object' && verified.message ? verified.message : 'The human check failed.';
        return proxyErrorResponse(403, 'BOOKING_VERIFICATION_FAILED', message);
      }
    }
    if ((await store.get('upstream-down')) !== undefined) {
      return proxyErrorResponse(503, 'UPSTREAM_UNAVAILABLE', 'HubSpot could not be reached. Try again in a minute.', { 'Retry-After': '5' });
    }
    const grant = await context.budget.take('book', 5000);
    if (!grant.granted) {
      onEvent({ type: 'booking-rejected', slug, reason: 'budget' });
      return proxyErrorResponse(429, 'RATE_LIMITED', 'Too many requests right now. Try again in a moment.', {
        'Retry-After': String(Math.max(1, Math.ceil(grant.retryAfterMs / 1000))),
      });
    }
    const zone = new URL(upstreamUrl).searchParams.get('timezone') ?? body.timezone ?? 'UTC';
    if (!context.readContext.exposeOrganizerDetails && (body.likelyAvailableUserIds?.length ?? 0) > 0) {
      // The browser never saw the busy ranges, so the proxy names the free members itself.
      const ids = await serverSideFreeMembers(context, version, body, zone);
      if (ids) body = { ...body, likelyAvailableUserIds: ids };
    }
    const started = context.now();
    const result = await context.callUpstream(upstreamUrl, JSON.stringify(body), token);
    onEvent({ type: 'upstream', call: 'bookMeeting', slug, status: result.ok ? result.status : 0, durationMs: context.now() - started });
    if (result.ok) await context.budget.observe(new Response(null, { status: result.status === 304 ? 200 : result.status, headers: result.headers }));
    if (!result.ok && result.reason === 'unreachable') await store.set('upstream-down', '1', 5000);
    const response = relayUpstreamResponse(result, token);
    const interval = bookedInterval(body);
    if (result.ok && interval && slotIsGone(result.status, result.text)) {
      // A conflict says only that this slot is gone; a booking of ours also takes the buffer around it.
      const buffer = result.status >= 200 && result.status < 300 ? await cachedBufferMs(context, version, slug, zone) : 0;
      await context.cache.removeInterval(slug, { start: interval.start - buffer, end: interval.end + buffer });
    }
    if (idemKey && result.ok) {
      const text = response.body === null ? null : redactToken(await response.clone().text(), token);
      const answer: StoredAnswer = { status: response.status, body: text, headers: [...response.headers], bodyHash };
      await store.set(idemKey, JSON.stringify(answer), context.idempotencyTtlMs);
    }
    return response;
  } finally {
    if (idemKey) await store.unlock(`${idemKey}:lock`);
  }
}
