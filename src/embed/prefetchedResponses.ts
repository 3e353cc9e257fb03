import { PREFETCH_GLOBAL } from './embedFiles';

/** A request the loader started, waiting for the widget's first call to the same URL. */
interface Prefetched {
  response: Promise<Response>;
  startedAt: number;
  /** The body of a 2xx answer, once read. */
  body?: string;
}

/** Unclaimed answers older than this are not handed out: the widget asks again instead. */
const MAX_AGE_MS = 30_000;

type WithPrefetch = { [PREFETCH_GLOBAL]?: Map<string, Prefetched> };

function registry(): Map<string, Prefetched> {
  const target = window as unknown as WithPrefetch;
  target[PREFETCH_GLOBAL] ??= new Map();
  return target[PREFETCH_GLOBAL];
}

/**
 * Starts a GET of `url` now (once per URL), with the headers the client sends, for the widget to
 * claim later with `claimPrefetched`. Used by the loader (meeting-scheduler.js), so the request
 * runs while the embed itself downloads instead of after.
 */
export function prefetch(url: string): void {
  const pending = registry();
  if (pending.has(url)) return;
  const response = fetch(url, { method: 'GET', headers: { Accept: 'application/json' } });
  const entry: Prefetched = { response, startedAt: Date.now() };
  // Read as it arrives (from a copy: the claimer may still want the response), so a widget that
  // mounts later can render the data at once (see prefetchedBookingInfoState); not once a widget
  // has claimed it, which reads it itself. An unclaimed failure must not surface as an unhandled
  // rejection; the claimer sees it.
  response
    .then(async (answer) => {
      if (answer.ok && pending.get(url) === entry) entry.body = await answer.clone().text();
    })
    .catch(() => {});
  pending.set(url, entry);
}

/** The loader's requests; read, never created here: without the loader the embed adds no global. */
function startedRequests(): Map<string, Prefetched> | undefined {
  return typeof window === 'undefined' ? undefined : (window as unknown as WithPrefetch)[PREFETCH_GLOBAL];
}

const isFresh = (entry: Prefetched): boolean => Date.now() - entry.startedAt <= MAX_AGE_MS;

/**
 * The body of the loader's 2xx answer for `url` if it has fully arrived, else undefined. Leaves
 * the request where it is: `claimPrefetched` takes it once the body proved usable.
 */
export function peekPrefetchedBody(url: string): string | undefined {
  const entry = startedRequests()?.get(url);
  return entry && isFresh(entry) ? entry.body : undefined;
}

/**
 * The loader's response for `url`, once (a second call fetches again), or undefined when there is
 * none or it is too old. Rejects with the signal's reason if the caller aborts first.
 */
export function claimPrefetched(url: string, signal?: AbortSignal | null): Promise<Response> | undefined {
  const pending = startedRequests();
  const entry = pending?.get(url);
  if (!pending || !entry) return undefined;
  pending.delete(url);
  if (!isFresh(entry)) return undefined;
  if (!signal) return entry.response;
  return new Promise<Response>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    entry.response.then(resolve, reject);
  });
}

/** `fetch`, answering a GET the loader already started from that request. */
export const fetchWithPrefetch: typeof fetch = (input, init) => {
  const method = init?.method ?? 'GET';
  if (method === 'GET' && typeof input === 'string') {
    const claimed = claimPrefetched(input, init?.signal);
    if (claimed) return claimed;
  }
  return fetch(input, init);
};
