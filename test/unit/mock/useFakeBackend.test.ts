import { describe, expect, it } from 'vitest';
import { useFakeBackend } from '../../helpers/fakeBackend';

const NOW = Date.parse('2025-10-09T12:00:00Z');
const fake = useFakeBackend({ now: NOW, scenarioIds: ['menelson', 'guests'] });

describe('useFakeBackend (jsdom, relative URLs)', () => {
  it('answers a relative URL on the page origin and records the request', async () => {
    const response = await fetch('/scheduler/v3/meetings/meeting-links/book/menelson?timezone=America%2FNew_York');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { linkId: string };
    expect(body.linkId).toBe('123456');
    expect(fake.backend.requests).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/scheduler/v3/meetings/meeting-links/book/menelson',
        query: { timezone: 'America/New_York' },
        call: 'getBookingInfo',
      }),
    ]);
  });

  it('starts each test with no recorded requests, bookings or faults', async () => {
    expect(fake.backend.requests).toEqual([]);
    expect(fake.scheduler.bookings).toEqual([]);
    fake.backend.setFaults([{ call: 'getBookingInfo', response: { status: 503 } }]);
    const response = await fetch('/scheduler/v3/meetings/meeting-links/book/guests');
    expect(response.status).toBe(503);
  });

  it('has cleared the previous test’s fault', async () => {
    const response = await fetch('/scheduler/v3/meetings/meeting-links/book/guests');
    expect(response.status).toBe(200);
  });

  it('serves only the chosen scenarios', async () => {
    const response = await fetch('/scheduler/v3/meetings/meeting-links/book/round-robin');
    expect(response.status).toBe(404);
  });
});
