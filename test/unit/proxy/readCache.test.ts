// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createScenarioScheduler } from '../../../src/mock/createScenarioScheduler';
import { createMeetingsProxy } from '../../../src/proxy/createMeetingsProxy';
import type { ProxyEvent } from '../../../src/proxy/events/ProxyEvent';
import type { MeetingsProxyOptions } from '../../../src/proxy/MeetingsProxyOptions';
import { fakeHubSpotFetch } from './fakeHubSpotFetch';

const TOKEN = 'pat-na1-read-cache-test-token';
const SITE = 'https://www.example.com';
const LINKS = '/scheduler/v3/meetings/meeting-links';
const NOW = Date.parse('2026-06-15T12:00:00Z');

function setup(options: MeetingsProxyOptions = {}) {
  const clock = { now: NOW };
  const scheduler = createScenarioScheduler({ now: () => clock.now, scenarioIds: ['menelson', 'round-robin'] });
  const upstream = fakeHubSpotFetch(scheduler);
  let answer: ((request: Request) => Response | Promise<Response> | undefined) | undefined;
  const fetch: typeof globalThis.fetch = async (input, init) => (await answer?.(new Request(input, init))) ?? upstream.fetch(input, init);
  const events: ProxyEvent[] = [];
  const proxy = createMeetingsProxy({ token: TOKEN, fetch, now: () => clock.now, onEvent: (event) => events.push(event), ...options });
  const info = (zone = 'Europe/Paris', headers?: HeadersInit) =>
    proxy(new Request(`${SITE}${LINKS}/book/menelson?timezone=${encodeURIComponent(zone)}`, { headers }));
  return { proxy, scheduler, upstream, events, clock, info, fail: (next: typeof answer) => (answer = next) };
}

const firstSlots = async (response: Response) => {
  const body = (await response.json()) as { linkAvailability: { linkAvailabilityByDuration: Record<string, { availabilities: { startMillisUtc: number; endMillisUtc: number }[] }> } };
  return Object.values(body.linkAvailability.linkAvailabilityByDuration)[0]!.availabilities;
};

describe('read cache', () => {
  it('makes one upstream request for many concurrent identical reads, in any zone', async () => {
    const { info, upstream, events } = setup();
    const responses = await Promise.all(['Asia/Tokyo', 'Europe/Paris', 'America/New_York'].flatMap((zone) => Array.from({ length: 20 }, () => info(zone))));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    // Booking info of this UTC month, once; New York's month also overlaps July's first hours in
    // UTC, but June's answer says hasMore: false, so that page is not asked for.
    expect(upstream.calls).toHaveLength(1);
    expect(upstream.calls.some((call) => call.includes('availability-page'))).toBe(false);
    expect(events.filter((event) => event.type === 'coalesced').length).toBeGreaterThan(50);
  });

  it('serves fresh answers without asking, then stale ones while one request revalidates', async () => {
    const { info, upstream, clock, events } = setup({ cache: { freshMs: 30_000 } });
    await info();
    const after = upstream.calls.length;
    clock.now += 29_000;
    await info();
    expect(upstream.calls.length).toBe(after);
    clock.now += 2_000;
    const stale = await info();
    expect(stale.status).toBe(200);
    expect(events.some((event) => event.type === 'cache-hit' && event.state === 'stale')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(upstream.calls.length).toBe(after * 2);
  });

  it('hands the revalidation to the platform’s waitUntil (a Worker’s ctx), so it outlives the answer', async () => {
    const { proxy, upstream, clock } = setup({ cache: { freshMs: 30_000 } });
    const url = `${SITE}${LINKS}/book/menelson?timezone=Europe%2FParis`;
    await proxy(new Request(url));
    const after = upstream.calls.length;
    clock.now += 31_000;
    // Like workerd's ExecutionContext: waitUntil only works when called on its ctx.
    class Context {
      readonly promises: Promise<unknown>[] = [];
      waitUntil(promise: Promise<unknown>) {
        if (!(this instanceof Context)) throw new TypeError('Illegal invocation');
        this.promises.push(promise);
      }
    }
    const ctx = new Context();
    const stale = await proxy(new Request(url), { HUBSPOT_ACCESS_TOKEN: 'from env' }, ctx);
    expect(stale.status).toBe(200);
    expect(ctx.promises).toHaveLength(1);
    await Promise.all(ctx.promises);
    expect(upstream.calls.length).toBe(after * 2);
  });

  it('serves stale answers while HubSpot fails, for a bounded time, then a clear error', async () => {
    const { info, clock, fail } = setup({ cache: { freshMs: 1000, maxStaleMs: 60_000 } });
    expect((await info()).status).toBe(200);
    fail(() => new Response('{"status":"error"}', { status: 500 }));
    clock.now += 30_000;
    expect((await info()).status).toBe(200);
    clock.now += 40_000;
    const gone = await info();
    expect(gone.status).toBeGreaterThanOrEqual(500);
    expect(await gone.json()).toMatchObject({ status: 'error' });
  });

  it('gives every read waiting on one failed fetch its own readable answer', async () => {
    const { info, fail } = setup();
    let attempts = 0;
    fail(async () => {
      attempts += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return Response.json({ status: 'error', message: 'down' }, { status: 500 });
    });
    const responses = await Promise.all(Array.from({ length: 10 }, () => info()));
    const bodies = await Promise.all(responses.map((response) => response.json()));
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(500));
    expect(bodies.every((body) => (body as { status: string }).status === 'error')).toBe(true);
    // One fetch per UTC month for all ten.
    expect(attempts).toBeLessThanOrEqual(2);
  });

  it('answers 429 with Retry-After when the budget is spent and nothing is cached', async () => {
    const { proxy } = setup({ budget: { limit: 4, bookReserve: 1 }, budgetWaitMs: 0, foldTimeZones: false });
    const statuses: number[] = [];
    for (const zone of ['UTC', 'Asia/Tokyo', 'Europe/Paris', 'America/Denver', 'Asia/Dubai']) {
      const response = await proxy(new Request(`${SITE}${LINKS}/book/menelson?timezone=${encodeURIComponent(zone)}`));
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('carries CDN headers and an ETag, and answers 304 to If-None-Match', async () => {
    const { info } = setup();
    const first = await info();
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=(29|30), stale-while-revalidate=60$/);
    expect(first.headers.get('vary')).toBe('Origin');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await info('Europe/Paris', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // Mid-month, Tokyo's month holds the same slots as Paris's: same answer, same tag.
    expect((await info('Asia/Tokyo', { 'If-None-Match': etag })).status).toBe(304);
    const { proxy } = setup();
    const other = await proxy(new Request(`${SITE}${LINKS}/book/round-robin?timezone=UTC`, { headers: { 'If-None-Match': etag } }));
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('takes a booked slot out of every cached zone at once and revalidates', async () => {
    const { proxy, info, upstream, events } = setup();
    const paris = await firstSlots(await info('Europe/Paris'));
    const tokyo = await firstSlots(await info('Asia/Tokyo'));
    const slot = paris[0]!;
    expect(tokyo.some((s) => s.startMillisUtc === slot.startMillisUtc)).toBe(true);
    const calls = upstream.calls.length;
    const booked = await proxy(
      new Request(`${SITE}${LINKS}/book?timezone=Europe%2FParis`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1' },
        body: JSON.stringify({ slug: 'menelson', firstName: 'Ada', lastName: 'L', email: 'ada@example.com', startTime: slot.startMillisUtc, duration: slot.endMillisUtc - slot.startMillisUtc }),
      }),
    );
    expect(booked.status).toBe(200);
    expect(booked.headers.get('cache-control')).toBe('no-store');
    expect(events.some((event) => event.type === 'slot-removed')).toBe(true);
    for (const zone of ['Asia/Tokyo', 'Europe/Paris', 'America/New_York']) {
      const slots = await firstSlots(await info(zone));
      expect(slots.some((s) => s.startMillisUtc < slot.endMillisUtc && s.endMillisUtc > slot.startMillisUtc)).toBe(false);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    // One book call, then one revalidation of the UTC month (July holds nothing, as June says):
    // not a refetch per zone.
    expect(upstream.calls.length - calls).toBe(2);
  });

  it('also takes the link’s buffer around a booking out of the cached answers', async () => {
    const { proxy } = setup();
    const read = async () => firstSlots(await proxy(new Request(`${SITE}${LINKS}/book/round-robin?timezone=UTC`)));
    const before = await read();
    // Half-hour slots every half hour, 10 minutes kept free around a meeting (meetingBufferTime).
    const slot = before.find((s) => before.some((next) => next.startMillisUtc === s.endMillisUtc))!;
    const buffer = 600_000;
    const booked = await proxy(
      new Request(`${SITE}${LINKS}/book`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ slug: 'round-robin', firstName: 'A', lastName: 'B', email: 'a@example.com', startTime: slot.startMillisUtc, duration: slot.endMillisUtc - slot.startMillisUtc }),
      }),
    );
    expect(booked.status).toBe(200);
    const after = await read();
    expect(after.some((s) => s.startMillisUtc === slot.endMillisUtc)).toBe(false);
    expect(after.some((s) => s.startMillisUtc < slot.endMillisUtc + buffer && s.endMillisUtc > slot.startMillisUtc - buffer)).toBe(false);
    // Further out, the day is still offered.
    expect(after.some((s) => s.startMillisUtc === slot.endMillisUtc + 3_600_000)).toBe(before.some((s) => s.startMillisUtc === slot.endMillisUtc + 3_600_000));
  });

  it('strips members’ emails and busy ranges unless told to keep them', async () => {
    const stripped = setup();
    const read = async (s: ReturnType<typeof setup>) =>
      (await (await s.proxy(new Request(`${SITE}${LINKS}/book/round-robin?timezone=UTC`))).json()) as { allUsersBusyTimes: { busyTimes: unknown[]; meetingsUser: { userProfile: Record<string, unknown> } }[] };
    const body = await read(stripped);
    expect(body.allUsersBusyTimes.length).toBeGreaterThan(1);
    expect(JSON.stringify(body)).not.toMatch(/@/);
    expect(body.allUsersBusyTimes.every((member) => member.busyTimes.length === 0)).toBe(true);
    const kept = await read(setup({ exposeOrganizerDetails: true }));
    expect(kept.allUsersBusyTimes.some((member) => typeof member.meetingsUser.userProfile.email === 'string')).toBe(true);
    expect(kept.allUsersBusyTimes.some((member) => member.busyTimes.length > 0)).toBe(true);
  });

  it('fills a round-robin booking’s likely free members from its own copy of the busy ranges', async () => {
    const s = setup();
    const sent: string[] = [];
    s.fail((request) => {
      if (request.method === 'POST') void request.clone().text().then((text) => sent.push(text));
      return undefined;
    });
    const withBusy = setup({ exposeOrganizerDetails: true });
    const full = (await (await withBusy.proxy(new Request(`${SITE}${LINKS}/book/round-robin?timezone=UTC`))).json()) as { allUsersBusyTimes: { busyTimes: { start: number; end: number }[]; meetingsUser: { userId: string } }[] };
    const busy = full.allUsersBusyTimes.find((member) => member.busyTimes.length > 0)!;
    const range = busy.busyTimes[0]!;
    await s.proxy(new Request(`${SITE}${LINKS}/book/round-robin?timezone=UTC`));
    const all = full.allUsersBusyTimes.map((member) => member.meetingsUser.userId);
    await s.proxy(
      new Request(`${SITE}${LINKS}/book`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ slug: 'round-robin', firstName: 'A', lastName: 'B', email: 'a@example.com', startTime: range.start, duration: 1_800_000, likelyAvailableUserIds: all }),
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    const forwarded = JSON.parse(sent[0]!) as { likelyAvailableUserIds: string[] };
    expect(forwarded.likelyAvailableUserIds).not.toContain(busy.meetingsUser.userId);
    expect(forwarded.likelyAvailableUserIds.length).toBeLessThan(all.length);
  });
});
