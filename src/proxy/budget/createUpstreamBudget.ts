import type { ProxyEventHandler } from '../events/ProxyEvent';
import { addDaysToKey } from '../../scheduling/addDaysToKey';
import { isValidTimeZone } from '../../scheduling/isValidTimeZone';
import { toDateKey } from '../../scheduling/toDateKey';
import { zonedTimeToInstant } from '../../scheduling/zonedTimeToInstant';
import type { ProxyStore } from '../store/ProxyStore';

/** The proxy's share of HubSpot's rate limit. */
export interface UpstreamBudgetOptions {
  /**
   * Upstream calls allowed per `intervalMs`, for all proxy instances on one store together. Keep
   * it at or below your portal's burst limit, minus what other integrations of the portal use.
   * @defaultValue 100
   */
  limit?: number;
  /** @defaultValue 10000 */
  intervalMs?: number;
  /**
   * Calls of each window only book calls may use, so reads never starve a booking.
   * @defaultValue 10
   */
  bookReserve?: number;
  /**
   * Calls of each window that revalidating an answer already cached (stale, or with a booked slot
   * cut out) may not use: they stay for first reads of a page and for book calls, so a busy
   * page's revalidations never leave a new visitor with a 429.
   * @defaultValue 30
   */
  firstReadReserve?: number;
  /**
   * Upstream calls allowed per day, for all instances together: HubSpot allows a portal 250,000
   * (Free, Starter) to 1,000,000 (Enterprise, or with the API add-on) a day, shared by every
   * integration. Past it, reads are served stale (or 429) and book calls get 429 until the day
   * turns; the last `dailyBookReserve` calls are for book calls. `false` counts no day.
   * @defaultValue 250000
   */
  dailyLimit?: number | false;
  /** @defaultValue 1000 */
  dailyBookReserve?: number;
  /**
   * The zone whose midnight starts a new day: HubSpot resets a portal's daily limit at midnight
   * in the portal's own time zone (its account settings).
   * @defaultValue 'UTC'
   */
  dailyTimeZone?: string;
}

/**
 * Who asks for a call: a book call first, then a read with nothing cached to answer from, then a
 * revalidation (someone is served stale meanwhile, so it may wait for a quieter moment).
 */
export type BudgetPriority = 'book' | 'read' | 'revalidate';

export interface BudgetGrant {
  granted: boolean;
  /** When a denied call may try again. */
  retryAfterMs: number;
  remaining: number;
}

export interface UpstreamBudget {
  /** Takes one call of the budget, waiting up to `maxWaitMs` for one to free up. */
  take(priority: BudgetPriority, maxWaitMs: number): Promise<BudgetGrant>;
  /** Learns from HubSpot's `X-HubSpot-RateLimit-*` headers and 429s. */
  observe(response: Response): Promise<void>;
}

const BUCKETS = 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function headerNumber(headers: Headers, name: string): number | undefined {
  const value = headers.get(name);
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}

/**
 * A sliding-window token budget in the shared store: calls are counted in tenths of the interval,
 * and one is granted only while the last interval (plus up to two tenths, to stay below a rolling window
 * whatever the phase and transit) holds fewer than the limit. The counter is incremented first and rolled
 * back when over, so racing instances can under- but never over-spend. Book calls may use all of
 * it, first reads all but `bookReserve`, revalidations all but `firstReadReserve` more. HubSpot's headers tighten
 * it: a lower `Max` lowers the limit, a `Remaining` near zero (other integrations spending the
 * portal's share) or a 429 pauses reads for a while. A daily counter (`dailyLimit`) caps the day.
 */
export function createUpstreamBudget(
  store: ProxyStore,
  options: UpstreamBudgetOptions = {},
  onEvent: ProxyEventHandler = () => undefined,
  now: () => number = Date.now,
): UpstreamBudget {
  const configured = Math.max(1, Math.floor(options.limit ?? 100));
  const intervalMs = Math.max(100, options.intervalMs ?? 10_000);
  const reserve = Math.min(configured - 1, Math.max(0, options.bookReserve ?? Math.min(10, Math.floor(configured / 10))));
  const firstReads = Math.min(configured - reserve - 1, Math.max(0, options.firstReadReserve ?? Math.floor((configured * 3) / 10)));
  const bucketMs = intervalMs / BUCKETS;
  const ceilingOf = (priority: BudgetPriority, limit: number) =>
    priority === 'book' ? limit : priority === 'read' ? limit - reserve : limit - reserve - firstReads;

  async function currentLimit(): Promise<number> {
    const learned = Number(await store.get('budget:max'));
    return learned > 0 ? Math.min(configured, learned) : configured;
  }

  /** Calls this store's instances were granted over the last interval. */
  async function ownCalls(): Promise<number> {
    const bucket = Math.floor(now() / bucketMs);
    const counts = await Promise.all(Array.from({ length: BUCKETS }, (_, i) => store.get(`budget:${bucket - i}`)));
    return counts.reduce((sum, value) => sum + (Number(value) || 0), 0);
  }

  const daily = options.dailyLimit === false ? undefined : Math.max(1, Math.floor(options.dailyLimit ?? 250_000));
  const dailyReserve = daily === undefined ? 0 : Math.min(daily - 1, Math.max(0, Math.floor(options.dailyBookReserve ?? 1000)));
  const dayZone = options.dailyTimeZone ?? 'UTC';
  if (!isValidTimeZone(dayZone)) throw new RangeError(`budget.dailyTimeZone: unknown time zone "${dayZone}".`);

  /** Counts one call against today's allowance; false (and not counted) when the day is spent. */
  async function takeDaily(priority: BudgetPriority, time: number): Promise<{ ok: boolean; retryAfterMs: number }> {
    if (daily === undefined) return { ok: true, retryAfterMs: 0 };
    const day = toDateKey(time, dayZone);
    const nextDay = zonedTimeToInstant(addDaysToKey(day, 1), 0, dayZone);
    const key = `budget:day:${day}`;
    // A day and a margin: the counter outlives the day it counts, whatever the zone.
    const ttl = nextDay - time + 3_600_000;
    const used = await store.increment(key, ttl);
    if (used <= (priority === 'book' ? daily : daily - dailyReserve)) return { ok: true, retryAfterMs: 0 };
    await store.increment(key, ttl, -1);
    return { ok: false, retryAfterMs: nextDay - time };
  }

  async function tryTake(priority: BudgetPriority): Promise<BudgetGrant> {
    const time = now();
    const bucket = Math.floor(time / bucketMs);
    const retryAfterMs = Math.ceil((bucket + 1) * bucketMs - time);
    // At once: on a shared store each is a round trip, and every upstream call waits for them.
    const [limit, pauseReads, pauseAll] = await Promise.all([currentLimit(), store.get('budget:pause-reads'), store.get('budget:pause-all')]);
    if ((priority !== 'book' && pauseReads !== undefined) || pauseAll !== undefined) {
      return { granted: false, retryAfterMs: Math.max(retryAfterMs, bucketMs), remaining: 0 };
    }
    const ttl = intervalMs + 3 * bucketMs;
    const mine = await store.increment(`budget:${bucket}`, ttl);
    // Eleven earlier tenths: a margin of at least one tenth for clock skew and transit to HubSpot.
    const earlier = await Promise.all(Array.from({ length: BUCKETS + 1 }, (_, i) => store.get(`budget:${bucket - 1 - i}`)));
    const used = mine + earlier.reduce((sum, value) => sum + (Number(value) || 0), 0);
    const ceiling = ceilingOf(priority, limit);
    if (used <= ceiling) {
      const today = await takeDaily(priority, time);
      if (today.ok) return { granted: true, retryAfterMs: 0, remaining: limit - used };
      await store.increment(`budget:${bucket}`, ttl, -1);
      return { granted: false, retryAfterMs: today.retryAfterMs, remaining: 0 };
    }
    await store.increment(`budget:${bucket}`, ttl, -1);
    return { granted: false, retryAfterMs, remaining: Math.max(0, limit - used + 1) };
  }

  return {
    async take(priority, maxWaitMs) {
      const deadline = now() + maxWaitMs;
      for (;;) {
        const grant = await tryTake(priority);
        const wait = Math.min(grant.retryAfterMs, bucketMs / 2, deadline - now());
        if (grant.granted || wait <= 0) {
          onEvent({ type: 'budget', remaining: grant.remaining, limit: configured, granted: grant.granted, priority });
          return grant;
        }
        await sleep(Math.max(10, wait));
      }
    },
    async observe(response) {
      const headers = response.headers;
      const max = headerNumber(headers, 'x-hubspot-ratelimit-max');
      const interval = headerNumber(headers, 'x-hubspot-ratelimit-interval-milliseconds');
      if (max !== undefined && max > 0) {
        // HubSpot's limit per its interval, in ours.
        const scaled = interval && interval > 0 ? Math.floor((max * intervalMs) / interval) : max;
        if (scaled < configured) await store.set('budget:max', String(Math.max(1, scaled)), 3_600_000);
      }
      const remaining = headerNumber(headers, 'x-hubspot-ratelimit-remaining');
      // Near zero because of our own calls is what the budget is for; pause only when others of the
      // portal spend it (HubSpot counts more than we sent over its window).
      if (remaining !== undefined && remaining <= reserve && (max ?? configured) - remaining > (await ownCalls()) + reserve) {
        await store.set('budget:pause-reads', '1', 2 * bucketMs);
      }
      if (headerNumber(headers, 'x-hubspot-ratelimit-daily-remaining') === 0) await store.set('budget:pause-reads', '1', 60_000);
      if (response.status === 429) {
        const retryAfter = headerNumber(headers, 'retry-after');
        const pause = retryAfter !== undefined ? retryAfter * 1000 : intervalMs / 2;
        await store.set('budget:pause-reads', '1', pause);
        await store.set('budget:pause-all', '1', Math.min(pause, 2 * bucketMs));
      }
    },
  };
}
