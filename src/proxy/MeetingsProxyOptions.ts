import type { BookLimits } from './abuse/createBookLimiter';
import type { VerifyBooking } from './abuse/humanCheckVerifier';
import type { UpstreamBudgetOptions } from './budget/createUpstreamBudget';
import type { ProxyEventHandler } from './events/ProxyEvent';
import type { ProxyStore } from './store/ProxyStore';

/** Where the proxy gets HubSpot's private-app token: a value, or a function read per request. */
export type MeetingsProxyToken = string | (() => string | undefined | Promise<string | undefined>);

/** How long read answers are kept and served. */
export interface ReadCacheOptions {
  /** How long an answer is fresh (served without asking HubSpot). @defaultValue 30000 */
  freshMs?: number;
  /**
   * How long after that an answer may still be served: while one request revalidates it, and
   * when HubSpot answers 429, 5xx or does not answer. After this, a clear error.
   * @defaultValue 600000 (10 minutes)
   */
  maxStaleMs?: number;
  /**
   * `Cache-Control` for CDNs in front: `s-maxage` is what is left of the freshness,
   * `stale-while-revalidate` this many seconds; `false` sends `no-store` instead.
   * @defaultValue 60
   */
  cdnStaleWhileRevalidateSeconds?: number | false;
}

/** Settings of `createMeetingsProxy`. Every field is optional; the defaults are the safe choice. */
export interface MeetingsProxyOptions {
  /**
   * HubSpot private-app token with the `scheduler.meetings.meeting-link.read` scope. It is sent
   * to HubSpot only and never appears in a response (body or headers).
   * @defaultValue `process.env.HUBSPOT_ACCESS_TOKEN`, read per request where `process` exists
   */
  token?: MeetingsProxyToken;
  /** HubSpot's API origin. @defaultValue 'https://api.hubapi.com' */
  upstreamBaseUrl?: string;
  /**
   * Slugs that may be booked through this proxy, as a list or a predicate. Others get 404, as if
   * they did not exist.
   * @defaultValue all
   */
  allowedSlugs?: readonly string[] | ((slug: string) => boolean | Promise<boolean>);
  /**
   * Origins of pages on other sites that may call the proxy (CORS), as exact origins
   * (`https://www.example.com`), `'*'`, or a predicate. A cross-origin request from any other
   * origin gets 403.
   * @defaultValue none (same-origin pages only)
   */
  allowedOrigins?: readonly string[] | '*' | ((origin: string) => boolean);
  /**
   * Request headers cross-origin pages may send.
   * @defaultValue ['Accept', 'Content-Type', 'Idempotency-Key', 'X-Booking-Verification']
   */
  allowedHeaders?: readonly string[];
  /**
   * API version segments to forward, as a list or a predicate. Others get 404.
   * @defaultValue `v3` and dated segments such as `2026-03`
   */
  apiVersions?: readonly string[] | ((version: string) => boolean);
  /** Path prefix the proxy is mounted under, stripped before matching, e.g. `/api/hubspot`. @defaultValue none */
  basePath?: string;
  /** Largest accepted book body in bytes; larger ones get 413. @defaultValue 16384 */
  maxBodyBytes?: number;
  /** Largest upstream answer relayed in bytes; larger ones are dropped unread and give 502. @defaultValue 4194304 (4 MiB) */
  maxResponseBytes?: number;
  /** Time limit for HubSpot's answer in ms; exceeded gives 504. @defaultValue 10000 */
  timeoutMs?: number;
  /**
   * Whether the list-links call is forwarded (never cached). It would show every scheduling page
   * of the HubSpot account to anyone who can reach the proxy.
   * @defaultValue false
   */
  allowListLinks?: boolean;
  /** The fetch used to reach HubSpot. @defaultValue the global fetch, looked up per request */
  fetch?: typeof fetch;

  /**
   * Where the cache, coalescing locks, budget and limits live. Give every instance the same
   * shared store (`createRedisStore`) to share them.
   * @defaultValue `createMemoryStore()`, this process only
   */
  store?: ProxyStore;
  /** Read cache timings. */
  cache?: ReadCacheOptions;
  /** The upstream call budget, shared through the store. */
  budget?: UpstreamBudgetOptions;
  /**
   * How long a read with nothing cached waits for the budget before 429, in ms.
   * @defaultValue 2000
   */
  budgetWaitMs?: number;
  /**
   * Answer every visitor zone from each slug's months fetched once in UTC (a zone's month is cut
   * out of the UTC months it overlaps). Cuts upstream calls by the number of zones; turn off to
   * fetch each zone's months from HubSpot as asked.
   * @defaultValue true
   */
  foldTimeZones?: boolean;
  /**
   * Keep members' emails and busy ranges in read answers. Off, they are stripped and the proxy
   * fills the book call's `likelyAvailableUserIds` from its cached copy.
   * @defaultValue false
   */
  exposeOrganizerDetails?: boolean;
  /** Limits on book calls per client address and overall. */
  bookLimits?: BookLimits;
  /**
   * Header naming the client address, set by a proxy you run in front (`X-Forwarded-For`, of
   * which the last entry is used, or `CF-Connecting-IP`). Without it the socket address is used.
   * Never name a header a visitor can set unchecked.
   * @defaultValue none
   */
  trustedClientAddressHeader?: string;
  /**
   * A check before each book call is forwarded, e.g. `turnstileVerifier(...)`. Refusing gives 403
   * `BOOKING_VERIFICATION_FAILED`, which the widget explains.
   * @defaultValue none
   */
  verifyBooking?: VerifyBooking;
  /**
   * How long a book call's answer is kept under its `Idempotency-Key`, answered again for a
   * repeat of that key instead of booking twice.
   * @defaultValue 600000 (10 minutes)
   */
  idempotencyTtlMs?: number;
  /** Receives cache, budget, upstream and rejection events (never visitor data). @defaultValue none */
  onEvent?: ProxyEventHandler;
  /**
   * Keeps background work (revalidating a stale answer after serving it) alive on platforms that
   * stop a request's work once it has answered, when the handler is not given a `waitUntil` of
   * its own: e.g. `waitUntil` from `@vercel/functions`. A Worker's `ctx` passed to the handler
   * (`proxy(request, env, ctx)`) is used first.
   * @defaultValue none
   */
  waitUntil?: (promise: Promise<unknown>) => void;
  /** The clock, for tests. @defaultValue Date.now */
  now?: () => number;
}
