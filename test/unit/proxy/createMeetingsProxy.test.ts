// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMeetingsProxy } from '../../../src/proxy/createMeetingsProxy';
import type { MeetingsProxyOptions } from '../../../src/proxy/MeetingsProxyOptions';
import { recordingUpstream } from './recordingUpstream';

const TOKEN = 'pat-na1-11111111-2222-3333-4444-555555555555';
const SITE = 'https://www.example.com';
const LINKS = '/scheduler/v3/meetings/meeting-links';
const BOOK_BODY = JSON.stringify({ slug: 'jdoe', firstName: 'Ada', lastName: 'L', email: 'ada@example.com', startTime: 1, duration: 2 });

function setup(options: MeetingsProxyOptions = {}, answer?: Parameters<typeof recordingUpstream>[0]) {
  const upstream = recordingUpstream(answer);
  // These tests are about what is forwarded: one zone's month each, as asked.
  const proxy = createMeetingsProxy({ token: TOKEN, fetch: upstream.fetch, foldTimeZones: false, ...options });
  return { proxy, upstream };
}

function book(body: BodyInit = BOOK_BODY, headers: Record<string, string> = {}, path = `${LINKS}/book?timezone=Europe%2FParis`) {
  return new Request(`${SITE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
}

describe('createMeetingsProxy: forwarding', () => {
  it('forwards booking info with the token and the allowed query, nothing of the visitor’s credentials', async () => {
    const { proxy, upstream } = setup({}, () =>
      Response.json({ linkId: '1' }, { headers: { 'X-HubSpot-Correlation-Id': 'c-1', 'Set-Cookie': 'hs=1' } }),
    );
    const response = await proxy(
      new Request(`${SITE}${LINKS}/book/jdoe?timezone=America%2FNew_York&monthOffset=1&hapikey=x&extra=y`, {
        headers: { Cookie: 'session=secret', Authorization: 'Bearer visitor' },
      }),
    );
    expect(upstream.received).toHaveLength(1);
    const sent = upstream.received[0]!;
    expect(sent.method).toBe('GET');
    expect(sent.url).toBe(`https://api.hubapi.com${LINKS}/book/jdoe?timezone=America%2FNew_York&monthOffset=1`);
    expect(sent.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(sent.headers.get('cookie')).toBeNull();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    // A cached answer is not one upstream call's: no correlation id (errors relay theirs).
    expect(response.headers.get('x-hubspot-correlation-id')).toBeNull();
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.json()).toEqual({ linkId: '1' });
  });

  it('forwards an availability page under a base path with a dated version to a custom upstream', async () => {
    const { proxy, upstream } = setup({ basePath: '/api/hubspot/', upstreamBaseUrl: 'https://hubspot.internal/' });
    const response = await proxy(
      new Request(`${SITE}/api/hubspot/scheduler/2026-03/meetings/meeting-links/book/availability-page/jane%20doe?timezone=UTC&monthOffset=2`),
    );
    expect(response.status).toBe(200);
    expect(upstream.received[0]?.url).toBe(
      'https://hubspot.internal/scheduler/2026-03/meetings/meeting-links/book/availability-page/jane%20doe?timezone=UTC&monthOffset=2',
    );
  });

  it('forwards a booking with its body and zone, and passes HubSpot’s status and body through', async () => {
    const conflict = { status: 'error', category: 'CONFLICT', message: 'The requested time is no longer available.' };
    const { proxy, upstream } = setup({}, () => Response.json(conflict, { status: 409 }));
    const response = await proxy(book());
    const sent = upstream.received[0]!;
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe(`https://api.hubapi.com${LINKS}/book?timezone=Europe%2FParis`);
    expect(sent.headers.get('content-type')).toBe('application/json');
    expect(sent.body).toBe(BOOK_BODY);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual(conflict);
  });

  it('lists links only when allowListLinks is set, with the list’s own query', async () => {
    const closed = setup();
    expect((await closed.proxy(new Request(`${SITE}${LINKS}?limit=5`))).status).toBe(404);
    expect(closed.upstream.received).toHaveLength(0);

    const open = setup({ allowListLinks: true });
    const response = await open.proxy(new Request(`${SITE}${LINKS}?limit=5&type=PERSONAL_LINK&timezone=UTC`));
    expect(response.status).toBe(200);
    expect(open.upstream.received[0]?.url).toBe(`https://api.hubapi.com${LINKS}?limit=5&type=PERSONAL_LINK`);
  });

  it('reads the token from HUBSPOT_ACCESS_TOKEN by default, or from a function', async () => {
    const upstream = recordingUpstream();
    const previous = process.env.HUBSPOT_ACCESS_TOKEN;
    process.env.HUBSPOT_ACCESS_TOKEN = 'from-env';
    try {
      await createMeetingsProxy({ fetch: upstream.fetch })(new Request(`${SITE}${LINKS}/book/jdoe?timezone=UTC`));
    } finally {
      if (previous === undefined) delete process.env.HUBSPOT_ACCESS_TOKEN;
      else process.env.HUBSPOT_ACCESS_TOKEN = previous;
    }
    await createMeetingsProxy({ fetch: upstream.fetch, token: async () => 'from-fn' })(
      new Request(`${SITE}${LINKS}/book/jdoe?timezone=UTC`),
    );
    expect(upstream.received.map((request) => request.headers.get('authorization'))).toEqual(['Bearer from-env', 'Bearer from-fn']);
  });
});

describe('createMeetingsProxy: refusals', () => {
  it.each([
    ['another HubSpot API', '/crm/v3/objects/contacts'],
    ['an unknown call', `${LINKS}/book/jdoe/extra`],
    ['a version that is not allowed', '/scheduler/v4/meetings/meeting-links/book/jdoe'],
    ['a path outside the base path', `/other${LINKS}/book/jdoe`],
  ])('answers 404 to %s without calling HubSpot', async (_label, path) => {
    const { proxy, upstream } = setup({ basePath: path.startsWith('/other') ? '/api/hubspot' : undefined });
    const response = await proxy(new Request(`${SITE}${path}`));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 'error' });
    expect(upstream.received).toHaveLength(0);
  });

  it('answers 404 to a slug not in the list or refused by the predicate, for reads and bookings', async () => {
    const listed = setup({ allowedSlugs: ['jdoe'] });
    expect((await listed.proxy(new Request(`${SITE}${LINKS}/book/other?timezone=UTC`))).status).toBe(404);
    expect((await listed.proxy(book(JSON.stringify({ slug: 'other' })))).status).toBe(404);
    expect((await listed.proxy(new Request(`${SITE}${LINKS}/book/jdoe?timezone=UTC`))).status).toBe(200);
    const predicate = setup({ allowedSlugs: (slug) => slug.startsWith('sales-') });
    expect((await predicate.proxy(new Request(`${SITE}${LINKS}/book/availability-page/jdoe`))).status).toBe(404);
    expect(listed.upstream.received).toHaveLength(1);
    expect(predicate.upstream.received).toHaveLength(0);
  });

  it('answers 405 with Allow to the wrong method', async () => {
    const { proxy, upstream } = setup();
    const post = await proxy(new Request(`${SITE}${LINKS}/book/jdoe`, { method: 'POST', body: '{}' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, OPTIONS');
    const get = await proxy(new Request(`${SITE}${LINKS}/book`));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
    expect(upstream.received).toHaveLength(0);
  });

  it('refuses a booking that is not JSON (415) or not an object with a slug (400)', async () => {
    const { proxy, upstream } = setup();
    expect((await proxy(book(BOOK_BODY, { 'Content-Type': 'text/plain' }))).status).toBe(415);
    expect((await proxy(book('[1,2]'))).status).toBe(400);
    expect((await proxy(book('{"firstName":"Ada"}'))).status).toBe(400);
    expect((await proxy(book('{oops'))).status).toBe(400);
    expect(upstream.received).toHaveLength(0);
  });

  it('answers 413 to a body over the limit, declared or streamed', async () => {
    const { proxy, upstream } = setup({ maxBodyBytes: 64 });
    const large = JSON.stringify({ slug: 'jdoe', notes: 'x'.repeat(100) });
    expect((await proxy(book(large))).status).toBe(413);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 10; index += 1) controller.enqueue(new TextEncoder().encode('{"slug":"jdoe"}  '));
        controller.close();
      },
    });
    const request = new Request(`${SITE}${LINKS}/book`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: streamed,
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    expect((await proxy(request)).status).toBe(413);
    expect(upstream.received).toHaveLength(0);
  });

  it('answers 500 without calling HubSpot when no token is configured', async () => {
    const upstream = recordingUpstream();
    const response = await createMeetingsProxy({ fetch: upstream.fetch, token: () => undefined })(
      new Request(`${SITE}${LINKS}/book/jdoe`),
    );
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ category: 'PROXY_NOT_CONFIGURED' });
    expect(upstream.received).toHaveLength(0);
  });
});

describe('createMeetingsProxy: upstream failures', () => {
  it('answers 504 when HubSpot is slower than timeoutMs', async () => {
    const { proxy } = setup({ timeoutMs: 50 }, (request) =>
      new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      }),
    );
    const started = Date.now();
    const response = await proxy(new Request(`${SITE}${LINKS}/book/jdoe`));
    expect(response.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('answers 503 when HubSpot cannot be reached, 502 when it answers with something other than JSON', async () => {
    const unreachable = setup({}, () => Promise.reject(new TypeError(`fetch failed for Bearer ${TOKEN}`)));
    const down = await unreachable.proxy(new Request(`${SITE}${LINKS}/book/jdoe`));
    expect(down.status).toBe(503);
    expect(await down.text()).not.toContain(TOKEN);
    const html = setup({}, () => new Response('<html>maintenance</html>', { status: 503 }));
    expect((await html.proxy(new Request(`${SITE}${LINKS}/book/jdoe`))).status).toBe(502);
  });

  it('never lets the token into a response, even when HubSpot echoes it', async () => {
    const { proxy } = setup({}, (request) =>
      Response.json({ status: 'error', message: `Token ${request.headers.get('authorization')} expired` }, { status: 401 }),
    );
    const response = await proxy(new Request(`${SITE}${LINKS}/book/jdoe`));
    const text = await response.text();
    expect(response.status).toBe(401);
    expect(text).not.toContain(TOKEN);
    expect(JSON.parse(text)).toMatchObject({ message: 'Token Bearer [redacted] expired' });
    response.headers.forEach((value) => expect(value).not.toContain(TOKEN));
  });
});

describe('createMeetingsProxy: CORS', () => {
  const fromSite = (origin: string, init: RequestInit = {}, path = `${LINKS}/book/jdoe`) =>
    new Request(`https://proxy.example.net${path}`, { ...init, headers: { Origin: origin, ...(init.headers as object) } });

  it('refuses a page of another site with 403 unless its origin is allowed', async () => {
    const { proxy, upstream } = setup();
    const response = await proxy(fromSite('https://evil.example'));
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(upstream.received).toHaveLength(0);
  });

  it('lets a same-origin page in without CORS headers', async () => {
    const { proxy } = setup();
    const response = await proxy(fromSite('https://proxy.example.net'));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers an allowed origin with its own origin, Vary and the exposed headers', async () => {
    const { proxy } = setup({ allowedOrigins: [`${SITE}/`] });
    const response = await proxy(fromSite(SITE));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
    // Errors carry CORS headers too, so the page can read why.
    const missing = await proxy(fromSite(SITE, {}, '/nope'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe(SITE);
  });

  it('answers a preflight of an allowed origin with the call’s method and allowed headers', async () => {
    const { proxy, upstream } = setup({ allowedOrigins: (origin) => origin.endsWith('.example.com') });
    const response = await proxy(
      fromSite(SITE, {
        method: 'OPTIONS',
        headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      }, `${LINKS}/book`),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(response.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('Accept, Content-Type, Idempotency-Key, X-Booking-Verification');
    expect(upstream.received).toHaveLength(0);
    const denied = await proxy(fromSite('https://evil.example', { method: 'OPTIONS' }));
    expect(denied.status).toBe(403);
  });

  it('answers any origin with * when allowedOrigins is *', async () => {
    const { proxy } = setup({ allowedOrigins: '*' });
    const response = await proxy(fromSite('https://anyone.example'));
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    // Read answers vary by Origin anyway (for CDNs), never twice.
    expect(response.headers.get('vary')).toBe('Origin');
  });
});
