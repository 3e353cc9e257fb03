import { expect } from 'vitest';

const LINKS = '/scheduler/v3/meetings/meeting-links';

/**
 * The widget's four calls through a proxy at `base` (its basePath included) to the fake upstream:
 * each must arrive and answer like HubSpot, with the token added server-side.
 */
export async function checkFourCalls(base: string, send: (url: string, init?: RequestInit) => Promise<Response> = fetch) {
  const list = await send(`${base}${LINKS}?limit=5`);
  expect(list.status).toBe(200);
  expect(((await list.json()) as { results: unknown[] }).results.length).toBeGreaterThan(0);

  const info = await send(`${base}${LINKS}/book/menelson?timezone=Europe%2FParis`);
  expect(info.status).toBe(200);
  expect(info.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+/);
  const body = (await info.json()) as { linkAvailability: { linkAvailabilityByDuration: Record<string, { meetingDurationMillis: number; availabilities: { startMillisUtc: number }[] }> } };
  const [entry] = Object.values(body.linkAvailability.linkAvailabilityByDuration).filter((e) => e.availabilities.length > 0);

  const page = await send(`${base}${LINKS}/book/availability-page/menelson?timezone=Europe%2FParis&monthOffset=1`);
  expect(page.status).toBe(200);
  expect(await page.json()).toHaveProperty('linkAvailability');

  const booked = await send(`${base}${LINKS}/book?timezone=Europe%2FParis`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      slug: 'menelson',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      startTime: entry!.availabilities[0]!.startMillisUtc,
      duration: entry!.meetingDurationMillis,
      formFields: [],
      legalConsentResponses: [],
    }),
  });
  expect(booked.status).toBe(200);
  expect(booked.headers.get('cache-control')).toBe('no-store');
  expect(await booked.json()).toHaveProperty('calendarEventId');
}
