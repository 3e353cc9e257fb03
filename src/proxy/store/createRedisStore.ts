import type { ProxyStore } from './ProxyStore';

/**
 * The few commands the adapter uses, as node-redis (`redis` 5+) clients have them. Typed by shape
 * so the proxy never imports `redis` itself: pass your connected `createClient()` result.
 */
export interface RedisClientLike {
  get(key: string): Promise<string | null | unknown>;
  set(key: string, value: string, options: { PX: number; NX?: true }): Promise<string | null | unknown>;
  del(key: string | string[]): Promise<number | unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/** Options of `createRedisStore`. */
export interface RedisStoreOptions {
  /**
   * Prepended to every key, so several proxies (or apps) can share one database.
   * @defaultValue 'meeting-scheduler:'
   */
  prefix?: string;
}

// INCRBY and the expiry of a new key in one step, so a crash between them never leaves a counter
// that lives forever.
const INCREMENT = `local v = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return v`;

/**
 * A `ProxyStore` on Redis through node-redis (an optional peer: `npm install redis`). Every proxy
 * instance on the same Redis shares the cache, coalescing locks, the upstream budget and the
 * per-client limits.
 *
 * @example
 * import { createClient } from 'redis';
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect();
 * const proxy = createMeetingsProxy({ store: createRedisStore(redis) });
 */
export function createRedisStore(client: RedisClientLike, options: RedisStoreOptions = {}): ProxyStore {
  const prefix = options.prefix ?? 'meeting-scheduler:';
  const k = (key: string) => `${prefix}${key}`;
  const ttl = (ms: number) => Math.max(1, Math.ceil(ms));
  return {
    async get(key) {
      const value = await client.get(k(key));
      return typeof value === 'string' ? value : undefined;
    },
    async set(key, value, ttlMs) {
      await client.set(k(key), value, { PX: ttl(ttlMs) });
    },
    async delete(key) {
      await client.del(k(key));
    },
    async increment(key, ttlMs, by = 1) {
      const value = await client.eval(INCREMENT, { keys: [k(key)], arguments: [String(by), String(ttl(ttlMs))] });
      return Number(value);
    },
    async lock(key, ttlMs) {
      return (await client.set(k(key), '1', { PX: ttl(ttlMs), NX: true })) === 'OK';
    },
    async unlock(key) {
      await client.del(k(key));
    },
  };
}
