// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMeetingsProxy } from '../../../src/proxy/createMeetingsProxy';
import { turnstileVerifier, hcaptchaVerifier } from '../../../src/proxy/abuse/humanCheckVerifier';
import { createJsonLineLogger } from '../../../src/proxy/events/createJsonLineLogger';
import type { MeetingsProxyOptions } from '../../../src/proxy/MeetingsProxyOptions';
import { recordingUpstream } from './recordingUpstream';

const TOKEN = 'pat-na1-book-protection-token';
const SITE = 'https://www.example.com';
const LINKS = '/scheduler/v3/meetings/meeting-links';
const BODY = { slug: 'jdoe', firstName: 'Ada', lastName: 'L', email: 'ada@example.com', startTime: 1_900_000_000_000, duration: 1_800_000 };

function setup(options: MeetingsProxyOptions = {}, answer?: Parameters<typeof recordingUpstream>[0]) {
  const upstream = recordingUpstream(answer ?? (() => Response.json({ calendarEventId: 'e-1', start: '2030-03-17T17:46:40Z' })));
  const lines: string[] = [];
  const proxy = createMeetingsProxy({
    token: TOKEN,
    fetch: upstream.fetch,
    trustedClientAddressHeader: 'X-Forwarded-For',
    onEvent: createJsonLineLogger({ write: (line) => lines.push(line) }),
    ...options,
  });
  return { proxy, upstream, lines };
}

function book(body: unknown = BODY, headers: Record<string, string> = {}) {
  return new Request(`${SITE}${LINKS}/book?timezone=UTC`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.7', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('book calls', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets only the configured few book calls of one address reach HubSpot, and says why', async () => {
    // The limits count per fixed 10-minute window: start just inside one, so a run that crosses a
    // boundary on the wall clock does not get a second allowance.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T10:00:01Z'));
    const { proxy, upstream, lines } = setup({ bookLimits: { perClient: 5 } });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1) statuses.push((await proxy(book({ ...BODY, startTime: BODY.startTime + i * 3_600_000 }))).status);
    expect(upstream.received).toHaveLength(5);
    expect(statuses.slice(5).every((status) => status === 429)).toBe(true);
    const refused = await proxy(book());
    expect(await refused.json()).toMatchObject({ category: 'BOOKING_RATE_LIMITED' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address still books; the events name no one.
    expect((await proxy(book(BODY, { 'X-Forwarded-For': '198.51.100.1' }))).status).toBe(200);
    const log = lines.join('\n');
    expect(log).toContain('"reason":"client-limit"');
    expect(log).not.toMatch(/203\.0\.113|ada@|Ada|pat-na1/);
  });

  it('holds a global ceiling across addresses', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T10:00:01Z'));
    const { proxy, upstream } = setup({ bookLimits: { perClient: 100, global: 3 } });
    for (let i = 0; i < 6; i += 1) await proxy(book(BODY, { 'X-Forwarded-For': `198.51.100.${i}` }));
    expect(upstream.received).toHaveLength(3);
  });

  it('answers a repeated Idempotency-Key with the first result instead of booking twice', async () => {
    const { proxy, upstream } = setup({}, async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return Response.json({ calendarEventId: 'only-one' });
    });
    const [a, b] = await Promise.all([proxy(book(BODY, { 'Idempotency-Key': 'click-1' })), proxy(book(BODY, { 'Idempotency-Key': 'click-1' }))]);
    const later = await proxy(book(BODY, { 'Idempotency-Key': 'click-1' }));
    expect(upstream.received).toHaveLength(1);
    for (const response of [a, b, later]) {
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ calendarEventId: 'only-one' });
    }
    expect(later.headers.get('idempotency-replayed')).toBe('true');
    const misuse = await proxy(book({ ...BODY, email: 'other@example.com' }, { 'Idempotency-Key': 'click-1' }));
    expect(misuse.status).toBe(422);
    expect((await proxy(book(BODY, { 'Idempotency-Key': 'click-2' }))).status).toBe(200);
    expect(upstream.received).toHaveLength(2);
  });

  it('runs verifyBooking before forwarding, with the Turnstile and hCaptcha verifiers posting the widget’s token', async () => {
    const checks: URLSearchParams[] = [];
    const provider = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      const form = new URLSearchParams(String(init?.body));
      checks.push(form);
      return Response.json({ success: form.get('response') === 'good-token' });
    }) as typeof fetch;
    for (const verifier of [
      turnstileVerifier({ secret: 's3cret', endpoint: 'https://verify.example/turnstile', fetch: provider }),
      hcaptchaVerifier({ secret: 's3cret', fetch: provider, sitekey: 'site' }),
    ]) {
      const { proxy, upstream } = setup({ verifyBooking: verifier });
      const missing = await proxy(book());
      expect(missing.status).toBe(403);
      expect(await missing.json()).toMatchObject({ category: 'BOOKING_VERIFICATION_FAILED' });
      expect((await proxy(book(BODY, { 'X-Booking-Verification': 'bad-token' }))).status).toBe(403);
      expect((await proxy(book(BODY, { 'X-Booking-Verification': 'good-token' }))).status).toBe(200);
      expect(upstream.received).toHaveLength(1);
      // The token never goes upstream.
      expect(upstream.received[0]!.headers.get('x-booking-verification')).toBeNull();
    }
    expect(checks.at(-1)?.get('remoteip')).toBe('203.0.113.7');
    expect(checks.at(-1)?.get('sitekey')).toBe('site');
  });

  it('forwards the body rebuilt from the checked fields: no duplicate-key or case-variant smuggling', async () => {
    const { proxy, upstream } = setup({ allowedSlugs: ['jdoe'] });
    // JSON.parse keeps the last key: what the proxy checks is what it forwards.
    const duplicated = '{"slug":"other","slug":"jdoe","Slug":"other","SLUG":"other","firstName":"Ada","extra":"x","formFields":[{"name":"a","value":"b","x":1}]}';
    expect((await proxy(book(duplicated))).status).toBe(200);
    expect(JSON.parse(upstream.received[0]!.body!)).toEqual({ slug: 'jdoe', firstName: 'Ada', formFields: [{ name: 'a', value: 'b' }] });
    expect(upstream.received[0]!.body).not.toContain('other');
    expect((await proxy(book('{"slug":"jdoe","slug":"other"}'))).status).toBe(404);
    expect((await proxy(book('{"Slug":"jdoe"}'))).status).toBe(400);
  });

  it('is never retried: a failed book call reaches HubSpot once', async () => {
    const { proxy, upstream } = setup({}, () => new Response('{"status":"error","message":"boom"}', { status: 500 }));
    expect((await proxy(book())).status).toBe(500);
    expect(upstream.received).toHaveLength(1);
  });
});

describe('upstream edges (audit item 11)', () => {
  it('never follows a redirect (it could carry the token elsewhere), and says so with 502', async () => {
    const { proxy, upstream } = setup({}, () => new Response(null, { status: 307, headers: { Location: 'https://evil.example/steal' } }));
    const response = await proxy(book());
    expect(response.status).toBe(502);
    expect(upstream.received).toHaveLength(1);
    expect(upstream.received[0]!.url).not.toContain('evil');
  });

  it('keeps the token out of relayed headers', async () => {
    const { proxy } = setup({}, () =>
      Response.json({ status: 'error' }, { status: 429, headers: { 'Retry-After': `1 ${TOKEN}`, 'X-HubSpot-Correlation-Id': `Bearer ${TOKEN}` } }),
    );
    const response = await proxy(book());
    const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
    expect(headers).not.toContain(TOKEN);
  });

  it('answers 502 to an upstream body over the cap, without reading it all', async () => {
    let pulled = 0;
    const huge = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled += 1;
            controller.enqueue(new Uint8Array(64 * 1024).fill(32));
            if (pulled > 1000) controller.close();
          },
        }),
        { headers: { 'Content-Type': 'application/json' } },
      );
    const { proxy } = setup({ maxResponseBytes: 256 * 1024, foldTimeZones: false }, huge);
    const response = await proxy(new Request(`${SITE}${LINKS}/book/jdoe?timezone=UTC`));
    expect(response.status).toBe(502);
    expect(pulled).toBeLessThan(10);
    const declared = setup({ maxResponseBytes: 1024 }, () => new Response('{}', { headers: { 'Content-Length': '999999' } }));
    expect((await declared.proxy(book())).status).toBe(502);
  });
});
