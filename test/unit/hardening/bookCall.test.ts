// @vitest-environment node
// Issue 13 items 2 and 4 at the client: every book call carries a fresh Idempotency-Key, and a
// 2xx answer to it always gives a BookingResult (never an error inviting a second booking).
import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdempotencyKey } from '../../../src/api/helpers/createIdempotencyKey';
import { createMeetingsClient } from '../../../src/api/createMeetingsClient';
import type { BookMeetingRequest } from '../../../src/api/types';
import { readHubSpotFixture } from '../api/readHubSpotFixture';
import { useRecordingServer } from '../api/recordingServer';

const api = useRecordingServer();
const BASE = 'https://proxy.example.com';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const request: BookMeetingRequest = {
  slug: 'menelson',
  firstName: 'Melinda',
  lastName: 'Nelson',
  email: 'menelson@hubspot.com',
  startTime: 1726059600000,
  duration: 1800000,
  guestEmails: [],
  timezone: 'America/New_York',
  locale: 'en-us',
  formFields: [],
  legalConsentResponses: [],
  likelyAvailableUserIds: [],
};

afterEach(() => vi.unstubAllGlobals());

describe('Idempotency-Key', () => {
  it('is a fresh v4 UUID on every book call, and absent on reads', async () => {
    api.replyJson(readHubSpotFixture('book-response'));
    const client = createMeetingsClient({ baseUrl: BASE });
    await client.bookMeeting(request);
    await client.bookMeeting(request);
    const keys = api.received.map((received) => received.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toMatch(UUID);
    expect(keys[0]).not.toBe(keys[1]);
    api.replyJson(readHubSpotFixture('booking-info'));
    await client.getBookingInfo('menelson', { timezone: 'UTC' });
    expect(api.received[2]!.headers.has('idempotency-key')).toBe(false);
  });

  it('falls back to getRandomValues, then Math.random, without randomUUID', () => {
    const { getRandomValues } = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(globalThis.crypto) });
    const keys = new Set(Array.from({ length: 50 }, createIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(UUID);
    vi.stubGlobal('crypto', undefined);
    expect(createIdempotencyKey()).toMatch(UUID);
  });
});

describe('a 2xx answer to the book call', () => {
  it.each([
    ['an empty body', () => new HttpResponse(null, { status: 200 })],
    ['malformed JSON', () => new HttpResponse('{"start": ', { status: 200, headers: { 'Content-Type': 'application/json' } })],
    ['an HTML page', () => new HttpResponse('<html><body>OK</body></html>', { status: 200, headers: { 'Content-Type': 'text/html' } })],
    ['an out-of-range start', () => HttpResponse.json({ ...readHubSpotFixture('book-response'), start: 8640000000000001 })],
  ])('with %s is a booking of the requested time', async (_name, reply) => {
    api.reply(reply);
    const result = await createMeetingsClient({ baseUrl: BASE }).bookMeeting(request);
    expect(result.start).toBe(request.startTime);
    expect(result.end).toBe(request.startTime + request.duration);
  });
});
