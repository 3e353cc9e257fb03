// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createMeetingsClient } from '../../../src/api/createMeetingsClient';
import type { BookMeetingRequest } from '../../../src/api/types';
import { readHubSpotFixture } from './readHubSpotFixture';
import { useRecordingServer } from './recordingServer';
import { thrownBy } from './thrownBy';

const api = useRecordingServer();
const BASE = 'https://proxy.example.com';
const LINKS = '/scheduler/v3/meetings/meeting-links';

const bookRequest: BookMeetingRequest = {
  slug: 'menelson',
  firstName: 'Melinda',
  lastName: 'Nelson',
  email: 'menelson@hubspot.com',
  startTime: 1726059600000,
  duration: 1800000,
  guestEmails: ['guest@example.com'],
  timezone: 'America/New_York',
  locale: 'en-us',
  formFields: [{ name: 'size', value: 'l' }],
  legalConsentResponses: [{ communicationTypeId: '5457724', consented: true }],
  likelyAvailableUserIds: ['271921'],
};

function only() {
  expect(api.received).toHaveLength(1);
  return api.received[0]!;
}

describe('createMeetingsClient: requests', () => {
  it('gets booking info with the zone as a query parameter and parses the answer', async () => {
    api.replyJson(readHubSpotFixture('booking-info'));
    const info = await createMeetingsClient({ baseUrl: BASE }).getBookingInfo('jdoe', { timezone: 'America/New_York' });
    const request = only();
    expect(request.method).toBe('GET');
    expect(request.rawUrl).toBe(`${BASE}${LINKS}/book/jdoe?timezone=America%2FNew_York`);
    expect(request.headers.get('accept')).toBe('application/json');
    expect(request.headers.has('content-type')).toBe(false);
    expect(info.durations).toEqual([900000, 1800000, 3600000]);
  });

  it('sends monthOffset whenever it is given, 0 included', async () => {
    api.replyJson(readHubSpotFixture('booking-info'));
    const client = createMeetingsClient({ baseUrl: BASE });
    await client.getBookingInfo('jdoe', { timezone: 'UTC', monthOffset: 0 });
    await client.getBookingInfo('jdoe', { timezone: 'UTC', monthOffset: 2 });
    expect(api.received.map((request) => request.url.search)).toEqual(['?timezone=UTC&monthOffset=0', '?timezone=UTC&monthOffset=2']);
  });

  it('refuses a month offset that is not a whole number ≥ 0 without sending anything', async () => {
    const client = createMeetingsClient({ baseUrl: BASE });
    expect(await thrownBy(() => client.getAvailabilityPage('jdoe', { timezone: 'UTC', monthOffset: -1 }))).toBeInstanceOf(RangeError);
    expect(await thrownBy(() => client.getAvailabilityPage('jdoe', { timezone: 'UTC', monthOffset: 1.5 }))).toBeInstanceOf(RangeError);
    expect(api.received).toHaveLength(0);
  });

  it('gets an availability page', async () => {
    api.replyJson(readHubSpotFixture('availability-page'));
    const page = await createMeetingsClient({ baseUrl: BASE }).getAvailabilityPage('jdoe', {
      timezone: 'Asia/Kolkata',
      monthOffset: 1,
    });
    const request = only();
    expect(request.method).toBe('GET');
    expect(request.rawUrl).toBe(`${BASE}${LINKS}/book/availability-page/jdoe?timezone=Asia%2FKolkata&monthOffset=1`);
    expect(page.slotsByDuration[1800000]).toHaveLength(3);
  });

  it('lists links with every filter encoded, leaving out the ones not given', async () => {
    api.replyJson(readHubSpotFixture('meeting-links'));
    const client = createMeetingsClient({ baseUrl: BASE });
    const page = await client.listMeetingLinks({ limit: 10, after: 'MTA=', name: 'Sales & Demo', type: 'PERSONAL_LINK' });
    await client.listMeetingLinks();
    const [filtered, plain] = api.received;
    expect(filtered?.url.pathname).toBe(LINKS);
    expect(Object.fromEntries(filtered!.url.searchParams)).toEqual({
      limit: '10',
      after: 'MTA=',
      name: 'Sales & Demo',
      type: 'PERSONAL_LINK',
    });
    expect(filtered?.rawUrl).toContain('name=Sales+%26+Demo');
    expect(plain?.rawUrl).toBe(`${BASE}${LINKS}`);
    expect(page.results[0]?.slug).toBe('menelson');
  });

  it('books with a POST of the exact wire body, the zone also in the query', async () => {
    api.replyJson(readHubSpotFixture('book-response'));
    const extra = { ...bookRequest, notForTheApi: 'secret' } as BookMeetingRequest;
    const result = await createMeetingsClient({ baseUrl: BASE }).bookMeeting(extra);
    const request = only();
    expect(request.method).toBe('POST');
    expect(request.rawUrl).toBe(`${BASE}${LINKS}/book?timezone=America%2FNew_York`);
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(request.headers.get('accept')).toBe('application/json');
    expect(request.body).toStrictEqual({ ...bookRequest });
    expect(result.calendarEventId).toBe('6q0nonv2c1a73b1nqctf5rmo6g');
  });

  it('sends the guide sample book request unchanged', async () => {
    api.replyJson(readHubSpotFixture('book-response'));
    const sample = readHubSpotFixture('book-request') as unknown as BookMeetingRequest;
    await createMeetingsClient({ baseUrl: BASE }).bookMeeting({ ...sample, formFields: [], legalConsentResponses: [] });
    expect(only().body).toStrictEqual({ ...readHubSpotFixture('book-request'), formFields: [], legalConsentResponses: [] });
  });

  it('uses a dated API version and a base URL with a path prefix and trailing slashes', async () => {
    api.replyJson(readHubSpotFixture('availability-page'));
    await createMeetingsClient({ baseUrl: `${BASE}/api/hubspot//`, apiVersion: '2026-03' }).getAvailabilityPage('jdoe', {
      timezone: 'UTC',
    });
    expect(only().rawUrl).toBe(`${BASE}/api/hubspot/scheduler/2026-03/meetings/meeting-links/book/availability-page/jdoe?timezone=UTC`);
  });

  it('keeps a slug with a space or a slash in one path segment', async () => {
    api.replyJson(readHubSpotFixture('booking-info'));
    const client = createMeetingsClient({ baseUrl: BASE });
    await client.getBookingInfo('jane doe', { timezone: 'UTC' });
    await client.getBookingInfo('team/sales?x=1', { timezone: 'UTC' });
    expect(api.received.map((request) => request.rawUrl)).toEqual([
      `${BASE}${LINKS}/book/jane%20doe?timezone=UTC`,
      `${BASE}${LINKS}/book/team%2Fsales%3Fx%3D1?timezone=UTC`,
    ]);
  });

  it.each([' ', '..', '.'])('refuses the slug "%s" as not-found without sending anything', async (slug) => {
    const error = await thrownBy(() => createMeetingsClient({ baseUrl: BASE }).getBookingInfo(slug, { timezone: 'UTC' }));
    expect(error).toMatchObject({ name: 'MeetingsApiError', kind: 'not-found' });
    expect(api.received).toHaveLength(0);
  });

  it('adds the headers option, given as an object or read per call from a function', async () => {
    api.replyJson(readHubSpotFixture('availability-page'));
    await createMeetingsClient({ baseUrl: BASE, headers: { 'X-Proxy-Key': 'abc' } }).getAvailabilityPage('a', { timezone: 'UTC' });
    let call = 0;
    const client = createMeetingsClient({ baseUrl: BASE, headers: () => ({ Authorization: `Bearer t${++call}` }) });
    await client.getAvailabilityPage('a', { timezone: 'UTC' });
    await client.getAvailabilityPage('a', { timezone: 'UTC' });
    expect(api.received.map((request) => request.headers.get('x-proxy-key') ?? request.headers.get('authorization'))).toEqual([
      'abc',
      'Bearer t1',
      'Bearer t2',
    ]);
  });

  it('uses the fetch option, and otherwise the global fetch as it is at call time', async () => {
    const own = vi.fn(async () => Response.json(readHubSpotFixture('availability-page')));
    await createMeetingsClient({ baseUrl: BASE, fetch: own }).getAvailabilityPage('a', { timezone: 'UTC' });
    expect(own).toHaveBeenCalledTimes(1);

    const client = createMeetingsClient({ baseUrl: BASE });
    const later = vi.fn(async () => Response.json(readHubSpotFixture('availability-page')));
    vi.stubGlobal('fetch', later);
    try {
      await client.getAvailabilityPage('a', { timezone: 'UTC' });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(later).toHaveBeenCalledTimes(1);
    expect(api.received).toHaveLength(0);
  });
});
