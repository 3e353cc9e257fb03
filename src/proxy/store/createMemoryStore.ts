import type { ProxyStore } from './ProxyStore';

/** Bounds of the in-memory store. */
export interface MemoryStoreOptions {
  /**
   * Most entries kept; the least recently used go first.
   * @defaultValue 5000
   */
  maxEntries?: number;
  /**
   * Most bytes of keys and values kept (UTF-16 length × 2, an estimate); least recently used go first.
   * @defaultValue 32 MiB
   */
  maxBytes?: number;
  /** The clock, for tests. @defaultValue Date.now */
  now?: () => number;
}

interface Entry {
  value: string;
  expiresAt: number;
}

/**
 * The default store: one process's memory, bounded by entries and bytes (least recently used
 * evicted first). Fine for one instance; several instances need a shared store such as
 * `createRedisStore`.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): ProxyStore & { readonly size: number; readonly bytes: number } {
  const maxEntries = options.maxEntries ?? 5000;
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on read makes its first key the least recent.
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const sizeOf = (key: string, value: string) => (key.length + value.length) * 2;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= sizeOf(key, entry.value);
    entries.delete(key);
  };
  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      remove(key);
      return undefined;
    }
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  };
  const put = (key: string, value: string, ttlMs: number) => {
    remove(key);
    const size = sizeOf(key, value);
    if (size > maxBytes) return;
    entries.set(key, { value, expiresAt: now() + ttlMs });
    bytes += size;
    while (entries.size > maxEntries || bytes > maxBytes) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      remove(oldest);
    }
  };

  return {
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
    async get(key) {
      return live(key)?.value;
    },
    async set(key, value, ttlMs) {
      put(key, value, ttlMs);
    },
    async delete(key) {
      remove(key);
    },
    async increment(key, ttlMs, by = 1) {
      const entry = live(key);
      const next = (entry ? Number(entry.value) || 0 : 0) + by;
      if (entry) {
        bytes += (String(next).length - entry.value.length) * 2;
        entry.value = String(next);
      } else put(key, String(next), ttlMs);
      return next;
    },
    async lock(key, ttlMs) {
      if (live(key)) return false;
      put(key, '1', ttlMs);
      return true;
    },
    async unlock(key) {
      remove(key);
    },
  };
}
