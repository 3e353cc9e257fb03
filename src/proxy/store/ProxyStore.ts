/**
 * What the proxy remembers, behind an interface small enough for any shared key-value store:
 * values with a time to live, an atomic counter, and a lock. Every proxy instance pointed at one
 * store shares the cache, the coalescing, the upstream budget and the per-client limits.
 * Keys are plain strings the proxy builds (prefixed by the store, if it likes).
 */
export interface ProxyStore {
  /** The value under `key`, or undefined when missing or expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` for `ttlMs` milliseconds. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Adds `by` (default 1) to the number under `key` and returns the new value, atomically across
   * every instance; a new key starts at 0 and expires after `ttlMs`.
   */
  increment(key: string, ttlMs: number, by?: number): Promise<number>;
  /** Takes the lock `key` for `ttlMs` when nobody holds it; true when taken. */
  lock(key: string, ttlMs: number): Promise<boolean>;
  unlock(key: string): Promise<void>;
}
