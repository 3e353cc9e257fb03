import type { ProxyStore } from '../store/ProxyStore';
import { sha256Hex } from '../helpers/sha256Hex';

/** Limits on book calls before they reach HubSpot. */
export interface BookLimits {
  /** Book calls one client address may make per `windowMs`. @defaultValue 5 */
  perClient?: number;
  /** Book calls all clients together may make per `windowMs`. @defaultValue 100 */
  global?: number;
  /** @defaultValue 600000 (10 minutes) */
  windowMs?: number;
}

export type BookLimitVerdict = { allowed: true } | { allowed: false; reason: 'client-limit' | 'global-limit'; retryAfterMs: number };

/**
 * Fixed-window counters in the shared store, so the limits hold across instances. The address
 * is stored hashed: the store never holds a visitor's IP.
 */
export function createBookLimiter(store: ProxyStore, limits: BookLimits = {}, now: () => number = Date.now) {
  const perClient = limits.perClient ?? 5;
  const global = limits.global ?? 100;
  const windowMs = limits.windowMs ?? 600_000;
  return async function checkBookLimit(address: string): Promise<BookLimitVerdict> {
    const time = now();
    const window = Math.floor(time / windowMs);
    const retryAfterMs = (window + 1) * windowMs - time;
    const client = await store.increment(`book:client:${(await sha256Hex(address)).slice(0, 32)}:${window}`, windowMs);
    if (client > perClient) return { allowed: false, reason: 'client-limit', retryAfterMs };
    const all = await store.increment(`book:global:${window}`, windowMs);
    if (all > global) return { allowed: false, reason: 'global-limit', retryAfterMs };
    return { allowed: true };
  };
}
