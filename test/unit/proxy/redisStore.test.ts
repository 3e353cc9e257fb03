// @vitest-environment node
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScenarioScheduler } from '../../../src/mock/createScenarioScheduler';
import { createMeetingsProxy } from '../../../src/proxy/createMeetingsProxy';
import { createRedisStore } from '../../../src/proxy/store/createRedisStore';
import { startRedisServer } from '../../helpers/startRedisServer';
import { fakeHubSpotFetch } from './fakeHubSpotFetch';

const TOKEN = 'pat-na1-redis-store-token';
const SITE = 'https://www.example.com';
const LINKS = '/scheduler/v3/meetings/meeting-links';
let redis: Awaited<ReturnType<typeof startRedisServer>>;
const clients: { quit(): Promise<unknown> }[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.quit()));
  await redis.stop();
});

async function store(prefix: string) {
  const client = createClient({ url: redis.url });
  clients.push(client);
  await client.connect();
  return createRedisStore(client, { prefix });
}

describe('Redis store', () => {
  it('implements get/set with TTL, atomic increments and a lock', async () => {
    const s = await store('basic:');
    await s.set('a', 'x', 100);
    expect(await s.get('a')).toBe('x');
    const counts = await Promise.all(Array.from({ length: 50 }, () => s.increment('n', 60_000)));
    expect(new Set(counts).size).toBe(50);
    expect(Math.max(...counts)).toBe(50);
    expect(await s.lock('l', 60_000)).toBe(true);
    expect(await s.lock('l', 60_000)).toBe(false);
    await s.unlock('l');
    expect(await s.lock('l', 60_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await s.get('a')).toBeUndefined();
  });

  it('shares the cache, coalescing, budget and per-client limits between two proxies', async () => {
    const scheduler = createScenarioScheduler({ scenarioIds: ['menelson'] });
    const upstream = fakeHubSpotFetch(scheduler);
    const options = { token: TOKEN, fetch: upstream.fetch, trustedClientAddressHeader: 'X-Forwarded-For', bookLimits: { perClient: 2 } };
    const one = createMeetingsProxy({ ...options, store: await store('shared:') });
    const two = createMeetingsProxy({ ...options, store: await store('shared:') });
    const read = (proxy: typeof one, zone: string) => proxy(new Request(`${SITE}${LINKS}/book/menelson?timezone=${encodeURIComponent(zone)}`));
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => read(i % 2 ? one : two, i % 3 ? 'Asia/Tokyo' : 'Europe/Paris')));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    // Both processes together make the calls one process alone makes (each UTC month once).
    const alone = fakeHubSpotFetch(scheduler);
    const single = createMeetingsProxy({ ...options, fetch: alone.fetch });
    await Promise.all(['Asia/Tokyo', 'Europe/Paris'].map((zone) => read(single, zone)));
    expect(upstream.calls).toEqual(alone.calls);
    expect(upstream.calls.length).toBeLessThanOrEqual(2);

    const book = (proxy: typeof one) =>
      proxy(
        new Request(`${SITE}${LINKS}/book`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.1' },
          body: JSON.stringify({ slug: 'menelson', firstName: 'A', lastName: 'B', email: 'a@example.com', startTime: 1, duration: 1 }),
        }),
      );
    const statuses = [await book(one), await book(two), await book(one), await book(two)].map((response) => response.status);
    expect(statuses.slice(2)).toEqual([429, 429]);
  });
});
