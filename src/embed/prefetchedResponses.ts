import { PREFETCH_GLOBAL } from './embedFiles';

/** A request the loader started, waiting for the widget's first call to the same URL. */
interface Prefetched {
  response: Promise<Response>;
  startedAt: number;
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
  // An unclaimed failure must not surface as an unhandled rejection; the claimer sees it.
  response.catch(() => {});
  pending.set(url, { response, startedAt: Date.now() });
}

/**
 * The loader's response for `url`, once (a second call fetches again), or undefined when there is
 * none or it is too old. Rejects with the signal's reason if the caller aborts first.
 */
export function claimPrefetched(url: string, signal?: AbortSignal | null): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  // Read, never created here: without the loader the embed adds no global.
  const pending = (window as unknown as WithPrefetch)[PREFETCH_GLOBAL];
  const entry = pending?.get(url);
  if (!pending || !entry) return undefined;
  pending.delete(url);
  if (Date.now() - entry.startedAt > MAX_AGE_MS) return undefined;
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
