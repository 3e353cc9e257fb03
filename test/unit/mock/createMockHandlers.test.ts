// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WireBookingInfo } from '../../../src/api/wireTypes';
import { createFakeScheduler } from '../../../src/mock/createFakeScheduler';
import { createMockHandlers } from '../../../src/mock/createMockHandlers';
import { bookBody, testLink } from './helpers/testLink';

const NOW = Date.parse('2025-10-06T12:00:00Z');
const SLOT = Date.parse('2025-10-08T14:00:00Z');
const API = 'http://api.test/scheduler/v3/meetings/meeting-links';
const scheduler = createFakeScheduler({ now: NOW, links: [testLink()] });
const backend = createMockHandlers(scheduler);
const proxied = createMockHandlers(scheduler, { baseUrl: 'https://proxy.example.com/hubspot' });
// Anything the fake's handlers leave alone lands here, so a test can see it was not matched.
const fallback = http.all('*', () => HttpResponse.text('not mocked', { status: 599 }));
const server = setupServer(...backend.handlers, fallback);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  scheduler.reset();
  backend.setFaults([]);
  backend.setLatency(0);
  backend.clearRequests();
});
afterAll(() => server.close());

const book = (body: unknown) =>
  fetch(`${API}/book?timezone=America%2FNew_York`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('routing and recording', () => {
  it('answers the four calls, any version segment, and records exactly what was sent', async () => {
    expect((await fetch(`${API}?limit=5`)).status).toBe(200);
    const info = await fetch('http://api.test/scheduler/2026-03/meetings/meeting-links/book/test?timezone=UTC&monthOffset=0');
    expect(((await info.json()) as WireBookingInfo).linkType).toBe('PERSONAL_LINK');
    expect((await fetch(`${API}/book/availability-page/test?timezone=UTC&monthOffset=1`)).status).toBe(200);
    expect((await book(bookBody({ startTime: SLOT }))).status).toBe(200);
    expect(backend.requests.map((request) => request.call)).toEqual([
      'listMeetingLinks', 'getBookingInfo', 'getAvailabilityPage', 'bookMeeting',
    ]);
    expect(backend.requests[1]).toEqual({
      method: 'GET',
      url: 'http://api.test/scheduler/2026-03/meetings/meeting-links/book/test?timezone=UTC&monthOffset=0',
      path: '/scheduler/2026-03/meetings/meeting-links/book/test',
      query: { timezone: 'UTC', monthOffset: '0' },
      body: undefined,
      call: 'getBookingInfo',
    });
    expect(backend.requests[3]).toMatchObject({ method: 'POST', query: { timezone: 'America/New_York' }, body: bookBody({ startTime: SLOT }) });
  });

  it('answers CORS preflights and puts CORS headers on every answer', async () => {
    const preflight = await fetch(`${API}/book`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    const response = await fetch(`${API}/book/test?timezone=UTC`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers an unknown path under meeting-links with a HubSpot 404 and leaves other URLs alone', async () => {
    const unknown = await fetch(`${API}/unknown/path`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ status: 'error', category: 'OBJECT_NOT_FOUND' });
    expect(backend.requests.at(-1)).toMatchObject({ path: '/scheduler/v3/meetings/meeting-links/unknown/path' });
    expect(backend.requests.at(-1)?.call).toBeUndefined();
    expect((await fetch('http://api.test/other')).status).toBe(599);
  });

  it('with a baseUrl, only answers under it', async () => {
    server.use(...proxied.handlers);
    expect((await fetch('https://proxy.example.com/hubspot/scheduler/v3/meetings/meeting-links/book/test')).status).toBe(200);
    expect(proxied.requests).toHaveLength(1);
    expect(backend.requests).toHaveLength(0);
    // Elsewhere, the proxied adapter lets the request through to the any-origin one.
    expect((await fetch('https://elsewhere.example.com/scheduler/v3/meetings/meeting-links/book/test')).status).toBe(200);
    expect(proxied.requests).toHaveLength(1);
    expect(backend.requests).toHaveLength(1);
  });

  it('with a path-only baseUrl, answers under that path on any origin', async () => {
    const samePath = createMockHandlers(scheduler, { baseUrl: '/api/hubspot/' });
    server.use(...samePath.handlers);
    expect((await fetch('http://localhost:3000/api/hubspot/scheduler/v3/meetings/meeting-links/book/test')).status).toBe(200);
    expect((await fetch('http://localhost:3000/api/other/scheduler/v3/meetings/meeting-links/book/test')).status).toBe(200);
    expect(samePath.requests.map((request) => request.path)).toEqual(['/api/hubspot/scheduler/v3/meetings/meeting-links/book/test']);
  });
});

describe('faults', () => {
  it('answers a canned status only as many times as asked', async () => {
    backend.setFaults([{ call: 'getBookingInfo', times: 2, response: { status: 500, body: { status: 'error', message: 'boom' } } }]);
    const statuses = [];
    for (let index = 0; index < 3; index += 1) statuses.push((await fetch(`${API}/book/test`)).status);
    expect(statuses).toEqual([500, 500, 200]);
    // Other calls are untouched.
    expect((await fetch(`${API}/book/availability-page/test`)).status).toBe(200);
  });

  it('fails with a network error once, then books', async () => {
    backend.setFaults([{ call: 'bookMeeting', times: 1, response: 'network-error' }]);
    await expect(book(bookBody({ startTime: SLOT }))).rejects.toThrow(TypeError);
    expect(scheduler.bookings).toHaveLength(0);
    expect((await book(bookBody({ startTime: SLOT }))).status).toBe(200);
    expect(backend.requests.filter((request) => request.call === 'bookMeeting')).toHaveLength(2);
  });

  it('occupy-slot takes the requested time just before the fake answers, giving its own 409', async () => {
    backend.setFaults([{ call: 'bookMeeting', times: 1, response: 'occupy-slot' }]);
    const taken = await book(bookBody({ startTime: SLOT }));
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ category: 'CONFLICT', subCategory: 'MEETING_SLOT_UNAVAILABLE' });
    expect((await book(bookBody({ startTime: SLOT }))).status).toBe(409);
    expect((await book(bookBody({ startTime: SLOT + 3_600_000 }))).status).toBe(200);
  });

  it('delays a call with a delay fault and still answers it', async () => {
    backend.setFaults([{ call: 'getBookingInfo', response: { delayMs: 120 } }]);
    const started = performance.now();
    const response = await fetch(`${API}/book/test`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
    expect(response.status).toBe(200);
  });

  it('setFaults replaces the faults and their counters', async () => {
    const fault = { call: 'getBookingInfo' as const, times: 1, response: { status: 503 } };
    backend.setFaults([fault]);
    expect((await fetch(`${API}/book/test`)).status).toBe(503);
    backend.setFaults([fault]);
    expect((await fetch(`${API}/book/test`)).status).toBe(503);
    expect((await fetch(`${API}/book/test`)).status).toBe(200);
    expect(fault.times).toBe(1);
  });
});

describe('latency', () => {
  it('delays every call by the set latency, and clearRequests empties the log', async () => {
    backend.setLatency(150);
    const started = performance.now();
    await Promise.all([fetch(`${API}/book/test`), fetch(API)]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(130);
    backend.setLatency(() => 0);
    const quick = performance.now();
    await fetch(API);
    expect(performance.now() - quick).toBeLessThan(130);
    expect(backend.requests).toHaveLength(3);
    backend.clearRequests();
    expect(backend.requests).toEqual([]);
  });
});
