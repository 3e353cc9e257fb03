import type { BudgetPriority, UpstreamBudget } from '../budget/createUpstreamBudget';
import type { ProxyCall, ProxyEventHandler } from '../events/ProxyEvent';
import type { UpstreamResult } from '../helpers/callUpstream';
import { proxyErrorResponse } from '../helpers/proxyErrorResponse';
import { redactToken, relayUpstreamResponse } from '../helpers/relayUpstreamResponse';
import type { ProxyStore } from '../store/ProxyStore';
import type { RemovedInterval } from './removeSlots';

/** One cached upstream answer (JSON text) and the slug's removal count when it was fetched. */
export interface CacheEntry {
  text: string;
  fetchedAt: number;
  seq: number;
  /** Names this version of the answer: the same id means the same text, on every instance. */
  id: string;
}

/** What the store holds under the read's key; the text lives apart under `body:{id}`. */
interface StoredMeta {
  fetchedAt: number;
  seq: number;
  id: string;
}

/** One read the cache answers: its store key and how to fetch it. */
export interface CachedRead {
  key: string;
  call: ProxyCall;
  slug: string;
  /** The upstream URL, computed when the fetch starts. */
  url: () => string;
}

export type CacheOutcome =
  | { ok: true; entry: CacheEntry; fresh: boolean; removed: RemovedInterval[] }
  | { ok: false; response: Response };

export interface ReadCacheDeps {
  store: ProxyStore;
  budget: UpstreamBudget;
  onEvent: ProxyEventHandler;
  now: () => number;
  freshMs: number;
  maxStaleMs: number;
  budgetWaitMs: number;
  timeoutMs: number;
  token: () => Promise<string | undefined>;
  callUpstream: (url: string, token: string) => Promise<UpstreamResult>;
}

const MAX_REMOVALS = 200;
const DOWN_MS = 5000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function parseMeta(text: string | undefined): StoredMeta | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as StoredMeta;
  } catch {
    return undefined;
  }
}

const LOCAL_BODIES = 256;

/**
 * The read cache: fresh answers as they are, stale ones at once while one request (of all
 * instances: a store lock) revalidates within the budget, and stale ones again when HubSpot
 * fails. A miss fetches once for everyone asking (coalescing in the process and through the
 * store's lock); the others wait for the stored answer. Booked slots are recorded per slug and
 * cut out of every cached answer fetched before, which also marks them for revalidation.
 */
export function createReadCache(deps: ReadCacheDeps) {
  const { store, budget, onEvent, now } = deps;
  let revalidateAfter = 0;
  const inFlight = new Map<string, { promise: Promise<CacheOutcome>; priority: BudgetPriority }>();
  // Bodies already read, by id: a shared store then serves a few bytes of metadata per read, not
  // the whole answer, and this process keeps the texts it uses (least recently used out first).
  const bodies = new Map<string, string>();
  const remember = (id: string, text: string) => {
    bodies.delete(id);
    bodies.set(id, text);
    if (bodies.size > LOCAL_BODIES) bodies.delete(bodies.keys().next().value as string);
  };
  async function entryOf(key: string): Promise<CacheEntry | undefined> {
    const meta = parseMeta(await store.get(key));
    if (!meta) return undefined;
    let text = bodies.get(meta.id);
    if (text === undefined) {
      text = await store.get(`body:${meta.id}`);
      if (text === undefined) return undefined;
    }
    remember(meta.id, text);
    return { ...meta, text };
  }
  const seqKey = (slug: string) => `seq:${encodeURIComponent(slug)}`;

  async function removalsSince(slug: string, from: number, to: number): Promise<RemovedInterval[]> {
    const first = Math.max(from + 1, to - MAX_REMOVALS + 1);
    const keys = Array.from({ length: Math.max(0, to - first + 1) }, (_, i) => `removed:${encodeURIComponent(slug)}:${first + i}`);
    const values = await Promise.all(keys.map((key) => store.get(key)));
    return values.flatMap((value) => (value === undefined ? [] : [JSON.parse(value) as RemovedInterval]));
  }

  async function fetchAndStore(read: CachedRead, seq: number, priority: BudgetPriority, waitMs: number): Promise<CacheOutcome> {
    if ((await store.get('upstream-down')) !== undefined) return { ok: false, response: unavailable() };
    const token = await deps.token();
    if (token === undefined) return { ok: false, response: notConfigured() };
    const grant = await budget.take(priority, waitMs);
    // Refused: no revalidation from this process asks again before the budget may have room.
    if (!grant.granted && priority === 'revalidate') revalidateAfter = now() + Math.min(grant.retryAfterMs, 1000);
    if (!grant.granted) {
      const retryAfter = String(Math.max(1, Math.ceil(grant.retryAfterMs / 1000)));
      return { ok: false, response: proxyErrorResponse(429, 'RATE_LIMITED', 'Too many visitors right now. Try again in a moment.', { 'Retry-After': retryAfter }) };
    }
    const started = now();
    const result = await deps.callUpstream(read.url(), token);
    onEvent({ type: 'upstream', call: read.call, slug: read.slug, status: result.ok ? result.status : 0, durationMs: now() - started });
    if (result.ok) {
      await budget.observe(new Response(null, { status: result.status === 304 ? 200 : result.status, headers: result.headers }));
      if (result.status === 429) onEvent({ type: 'upstream-rate-limited', call: read.call, retryAfterMs: Number(result.headers.get('retry-after')) * 1000 || undefined });
    }
    // Only a refused connection: a slow or failing answer says nothing about the next call.
    if (!result.ok && result.reason === 'unreachable') await store.set('upstream-down', '1', DOWN_MS);
    if (result.ok && result.status === 200) {
      const text = redactToken(result.text, token);
      try {
        JSON.parse(text);
      } catch {
        return { ok: false, response: relayUpstreamResponse(result, token) };
      }
      const fetchedAt = now();
      const id = `${read.key}:${fetchedAt}:${Math.random().toString(36).slice(2, 10)}`;
      const entry: CacheEntry = { text, fetchedAt, seq, id };
      const ttl = deps.freshMs + deps.maxStaleMs;
      // Body first: a reader that sees the new metadata always finds its text.
      await store.set(`body:${id}`, text, ttl);
      await store.set(read.key, JSON.stringify({ fetchedAt, seq, id } satisfies StoredMeta), ttl);
      remember(id, text);
      return { ok: true, entry, fresh: true, removed: [] };
    }
    // The page is gone (or never was): stop serving what was cached of it.
    if (result.ok && (result.status === 404 || result.status === 410)) await store.delete(read.key);
    return { ok: false, response: relayUpstreamResponse(result, token) };
  }

  /** One fetch per key for all concurrent callers of this process and, through the lock, all instances. */
  function coalesced(read: CachedRead, seq: number, priority: BudgetPriority, waitMs: number, onWait: () => void): Promise<CacheOutcome> {
    const running = inFlight.get(read.key);
    if (running) {
      onWait();
      // A revalidation may be refused the budget a first read would get: then fetch for this one.
      if (running.priority !== 'revalidate' || priority === 'revalidate') return running.promise;
      return running.promise.then((outcome) => (outcome.ok ? outcome : coalesced(read, seq, priority, waitMs, () => undefined)));
    }
    const lockKey = `lock:${read.key}`;
    const freshInStore = async () => {
      const entry = await entryOf(read.key);
      return entry && entry.seq >= seq && now() - entry.fetchedAt < deps.freshMs ? entry : undefined;
    };
    // Under the lock, the answer may have just been stored by the instance that held it before.
    const fetchLocked = async (): Promise<CacheOutcome> => {
      try {
        const entry = await freshInStore();
        return entry ? { ok: true, entry, fresh: true, removed: [] } : await fetchAndStore(read, seq, priority, waitMs);
      } finally {
        await store.unlock(lockKey);
      }
    };
    const promise = (async (): Promise<CacheOutcome> => {
      if (await store.lock(lockKey, deps.timeoutMs + 1000)) return fetchLocked();
      // Another instance is on it; a revalidation leaves it to that one (stale is served meanwhile).
      if (priority === 'revalidate') return { ok: false, response: proxyErrorResponse(409, 'REVALIDATING', 'Revalidating elsewhere.') };
      // Another instance is fetching it: wait for its answer in the store.
      onWait();
      const deadline = now() + deps.timeoutMs + 1000;
      while (now() < deadline) {
        await sleep(50);
        const entry = await freshInStore();
        if (entry) return { ok: true, entry, fresh: true, removed: [] };
        if (await store.lock(lockKey, deps.timeoutMs + 1000)) return fetchLocked();
      }
      return { ok: false, response: proxyErrorResponse(504, 'GATEWAY_TIMEOUT', 'HubSpot did not answer in time.') };
    })().finally(() => inFlight.delete(read.key));
    inFlight.set(read.key, { promise, priority });
    return promise;
  }

  return {
    /** `waitUntil` receives a background revalidation, so a serverless platform lets it finish. */
    async read(read: CachedRead, waitUntil?: (promise: Promise<unknown>) => void): Promise<CacheOutcome> {
      // Together (one round trip on a shared store); in either order a removal is not missed.
      const [seqText, entry] = await Promise.all([store.get(seqKey(read.slug)), entryOf(read.key)]);
      const seq = Number(seqText) || 0;
      if (entry) {
        const removed = await removalsSince(read.slug, entry.seq, seq);
        if (now() - entry.fetchedAt < deps.freshMs && entry.seq >= seq) {
          onEvent({ type: 'cache-hit', call: read.call, slug: read.slug, state: 'fresh' });
          return { ok: true, entry, fresh: true, removed };
        }
        if (now() - entry.fetchedAt < deps.freshMs + deps.maxStaleMs) {
          onEvent({ type: 'cache-hit', call: read.call, slug: read.slug, state: 'stale' });
          // Revalidate in the background, last in the budget and without waiting: stale is good enough now.
          if (!inFlight.has(read.key) && now() >= revalidateAfter) {
            const revalidation = coalesced(read, seq, 'revalidate', 0, () => undefined).catch(() => undefined);
            try {
              waitUntil?.(revalidation);
            } catch {
              // A platform refusing more background work: the revalidation still runs while it can.
            }
          }
          return { ok: true, entry, fresh: false, removed };
        }
      }
      onEvent({ type: 'cache-miss', call: read.call, slug: read.slug });
      const outcome = await coalesced(read, seq, 'read', deps.budgetWaitMs, () => onEvent({ type: 'coalesced', call: read.call, slug: read.slug }));
      // Everyone who waited gets the same failure: each its own copy, a body can be read once.
      return outcome.ok ? outcome : { ok: false, response: outcome.response.clone() };
    },
    /** Cuts an interval out of every cached answer of the slug, on every instance, and marks them stale. */
    async removeInterval(slug: string, interval: RemovedInterval): Promise<void> {
      const seq = await store.increment(seqKey(slug), deps.freshMs + deps.maxStaleMs);
      await store.set(`removed:${encodeURIComponent(slug)}:${seq}`, JSON.stringify(interval), deps.freshMs + deps.maxStaleMs);
      onEvent({ type: 'slot-removed', slug });
    },
    /** The raw cached answer under `key`, for the book call's free members. */
    async peek(key: string): Promise<CacheEntry | undefined> {
      return entryOf(key);
    },
  };
}

function unavailable(): Response {
  return proxyErrorResponse(503, 'UPSTREAM_UNAVAILABLE', 'HubSpot could not be reached. Try again in a minute.', { 'Retry-After': '5' });
}

function notConfigured(): Response {
  return proxyErrorResponse(500, 'PROXY_NOT_CONFIGURED', 'The scheduling proxy has no HubSpot access token.');
}
