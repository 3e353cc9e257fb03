// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createUpstreamBudget } from '../../../src/proxy/budget/createUpstreamBudget';
import { createMemoryStore } from '../../../src/proxy/store/createMemoryStore';

function budgetAt(options: Parameters<typeof createUpstreamBudget>[1]) {
  const clock = { now: 1_000_000 };
  const store = createMemoryStore({ now: () => clock.now });
  return { budget: createUpstreamBudget(store, options, undefined, () => clock.now), clock, store };
}

describe('upstream budget', () => {
  it('never grants more than the limit in any rolling window, whatever the phase', async () => {
    const { budget, clock } = budgetAt({ limit: 20, intervalMs: 10_000, bookReserve: 0 });
    const granted: number[] = [];
    for (let step = 0; step < 600; step += 1) {
      clock.now += 137;
      if ((await budget.take('read', 0)).granted) granted.push(clock.now);
    }
    for (const time of granted) expect(granted.filter((t) => t > time - 10_000 && t <= time).length).toBeLessThanOrEqual(20);
    // And it is not idle: over 82 s it spends most of what 8 windows allow.
    expect(granted.length).toBeGreaterThan(100);
  });

  it('keeps a reserve only book calls may use', async () => {
    const { budget } = budgetAt({ limit: 10, bookReserve: 3 });
    let reads = 0;
    while ((await budget.take('read', 0)).granted) reads += 1;
    expect(reads).toBe(7);
    expect((await budget.take('book', 0)).granted).toBe(true);
  });

  it('leaves revalidations the part first reads and book calls do not need', async () => {
    const { budget } = budgetAt({ limit: 10, bookReserve: 2, firstReadReserve: 3 });
    let revalidations = 0;
    while ((await budget.take('revalidate', 0)).granted) revalidations += 1;
    expect(revalidations).toBe(5);
    let reads = 0;
    while ((await budget.take('read', 0)).granted) reads += 1;
    expect(reads).toBe(3);
    expect((await budget.take('book', 0)).granted).toBe(true);
  });

  it('does not pause reads when HubSpot’s Remaining is low from the proxy’s own calls', async () => {
    const { budget } = budgetAt({ limit: 100 });
    for (let i = 0; i < 85; i += 1) expect((await budget.take('read', 0)).granted).toBe(true);
    await budget.observe(new Response(null, { headers: { 'X-HubSpot-RateLimit-Max': '100', 'X-HubSpot-RateLimit-Remaining': '10' } }));
    expect((await budget.take('read', 0)).granted).toBe(true);
    // Other integrations spending the portal's share: HubSpot counts far more than the proxy sent.
    await budget.observe(new Response(null, { headers: { 'X-HubSpot-RateLimit-Max': '100', 'X-HubSpot-RateLimit-Remaining': '0' } }));
    expect((await budget.take('read', 0)).granted).toBe(false);
  });

  it('caps the day in the store, the last calls for book calls, until midnight in its zone', async () => {
    const clock = { now: Date.parse('2026-03-10T03:00:00Z') };
    const store = createMemoryStore({ now: () => clock.now });
    const options = { limit: 100, dailyLimit: 5, dailyBookReserve: 1, dailyTimeZone: 'America/New_York' };
    // Two instances on one store share the day's count.
    const [a, b] = [createUpstreamBudget(store, options, undefined, () => clock.now), createUpstreamBudget(store, options, undefined, () => clock.now)];
    expect((await a.take('read', 0)).granted).toBe(true);
    expect((await b.take('read', 0)).granted).toBe(true);
    expect((await a.take('revalidate', 0)).granted).toBe(true);
    expect((await b.take('read', 0)).granted).toBe(true);
    const refused = await a.take('read', 0);
    expect(refused.granted).toBe(false);
    // 03:00 UTC is 23:00 in New York: the day turns in an hour.
    expect(refused.retryAfterMs).toBe(3_600_000);
    expect((await b.take('book', 0)).granted).toBe(true);
    expect((await a.take('book', 0)).granted).toBe(false);
    clock.now += 3_600_000;
    expect((await a.take('read', 0)).granted).toBe(true);
  });

  it('tightens to HubSpot’s headers: a lower Max, a Remaining near zero, a 429', async () => {
    const low = budgetAt({ limit: 100 });
    await low.budget.observe(new Response(null, { headers: { 'X-HubSpot-RateLimit-Max': '40', 'X-HubSpot-RateLimit-Interval-Milliseconds': '10000' } }));
    let granted = 0;
    while ((await low.budget.take('book', 0)).granted) granted += 1;
    expect(granted).toBe(40);

    const shared = budgetAt({ limit: 100 });
    await shared.budget.observe(new Response(null, { headers: { 'X-HubSpot-RateLimit-Remaining': '2' } }));
    expect((await shared.budget.take('read', 0)).granted).toBe(false);
    expect((await shared.budget.take('book', 0)).granted).toBe(true);
    shared.clock.now += 5_000;
    expect((await shared.budget.take('read', 0)).granted).toBe(true);

    const limited = budgetAt({ limit: 100 });
    await limited.budget.observe(new Response(null, { status: 429, headers: { 'Retry-After': '3' } }));
    expect((await limited.budget.take('read', 0)).granted).toBe(false);
    limited.clock.now += 3_100;
    expect((await limited.budget.take('read', 0)).granted).toBe(true);
  });
});

describe('memory store', () => {
  it('stays within its entry and byte bounds, least recently used out first', async () => {
    const store = createMemoryStore({ maxEntries: 3, maxBytes: 1000 });
    for (const key of ['a', 'b', 'c']) await store.set(key, 'x', 60_000);
    await store.get('a');
    await store.set('d', 'x', 60_000);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBe('x');
    await store.set('big', 'y'.repeat(450), 60_000);
    expect(store.bytes).toBeLessThanOrEqual(1000);
    expect(store.size).toBeLessThanOrEqual(3);
  });

  it('expires values, counts atomically and locks once', async () => {
    const clock = { now: 0 };
    const store = createMemoryStore({ now: () => clock.now });
    expect(await store.increment('n', 1000)).toBe(1);
    expect(await store.increment('n', 1000, 4)).toBe(5);
    expect(await store.lock('l', 1000)).toBe(true);
    expect(await store.lock('l', 1000)).toBe(false);
    clock.now = 1001;
    expect(await store.get('n')).toBeUndefined();
    expect(await store.lock('l', 1000)).toBe(true);
  });
});
