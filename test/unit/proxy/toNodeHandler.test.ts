// @vitest-environment node
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeetingsClient } from '../../../src/api/createMeetingsClient';
import type { BookMeetingRequest } from '../../../src/api/types';
import { createMeetingsProxy } from '../../../src/proxy/createMeetingsProxy';
import { toNodeHandler } from '../../../src/proxy/toNodeHandler';
import { readHubSpotFixture } from '../api/readHubSpotFixture';
import { recordingUpstream } from './recordingUpstream';

const TOKEN = 'pat-na1-node-adapter-token';
const upstream = recordingUpstream((request) =>
  request.method === 'POST'
    ? Response.json(readHubSpotFixture('book-response'))
    : Response.json(readHubSpotFixture('booking-info')),
);
let server: Server;
let origin: string;

beforeAll(async () => {
  const proxy = createMeetingsProxy({ token: TOKEN, fetch: upstream.fetch, basePath: '/api/hubspot', maxBodyBytes: 1024, foldTimeZones: false });
  server = createServer(toNodeHandler(proxy));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

/** A raw request with a chunked body of `size` bytes and no Content-Length. */
function postChunked(path: string, size: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    const chunk = 'x'.repeat(256);
    for (let written = 0; written < size; written += chunk.length) request.write(chunk);
    request.end();
  });
}

describe('toNodeHandler', () => {
  it('serves the widget’s client through a real http server end to end', async () => {
    const client = createMeetingsClient({ baseUrl: `${origin}/api/hubspot` });
    const info = await client.getBookingInfo('jdoe', { timezone: 'America/New_York' });
    expect(info.linkId).toBe('123456');
    const result = await client.bookMeeting({
      ...(readHubSpotFixture('book-request') as unknown as BookMeetingRequest),
      formFields: [],
      legalConsentResponses: [],
    });
    expect(result.subject).toBe('Event Subject');
    expect(upstream.received.map((request) => [request.method, request.url, request.headers.get('authorization')])).toEqual([
      ['GET', 'https://api.hubapi.com/scheduler/v3/meetings/meeting-links/book/jdoe?timezone=America%2FNew_York&monthOffset=0', `Bearer ${TOKEN}`],
      ['POST', 'https://api.hubapi.com/scheduler/v3/meetings/meeting-links/book?timezone=America%2FNew_York', `Bearer ${TOKEN}`],
    ]);
    expect(JSON.parse(upstream.received[1]?.body ?? '')).toMatchObject({ slug: 'menelson', startTime: 1726059600000 });
  });

  it('passes refusals through with their status and JSON body', async () => {
    const response = await fetch(`${origin}/api/hubspot/scheduler/v3/meetings/meeting-links`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 'error' });
  });

  it('stops reading a streamed body over the limit and answers 413', async () => {
    const before = upstream.received.length;
    expect(await postChunked('/api/hubspot/scheduler/v3/meetings/meeting-links/book', 64 * 1024)).toBe(413);
    expect(upstream.received).toHaveLength(before);
  });

  it('answers TRACE with 405, not 500 (Node itself refuses unknown methods such as TRACK)', async () => {
    for (const method of ['TRACE', 'trace']) {
      const status = await new Promise<number>((resolve, reject) => {
        const request = httpRequest(`${origin}/api/hubspot/scheduler/v3/meetings/meeting-links/book/jdoe`, { method }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        request.end();
      });
      expect(status).toBe(405);
    }
  });
});
