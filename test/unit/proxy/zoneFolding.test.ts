// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createScenarioScheduler } from '../../../src/mock/createScenarioScheduler';
import { createMeetingsProxy } from '../../../src/proxy/createMeetingsProxy';
import { LOAD_TEST_ZONES } from '../../../scripts/loadtest/zones';
import { fakeHubSpotFetch } from './fakeHubSpotFetch';

const SITE = 'https://www.example.com';
const LINKS = '/scheduler/v3/meetings/meeting-links/book';
const SLUGS = ['menelson', 'round-robin', 'group-calendar', 'two-months-ahead', 'far-timezone'] as const;
// The load test's zones plus the hard cases: DST in both hemispheres, +5:45, +12:45/+13:45, +14, -11, -3:30.
const ZONES = [
  ...new Set([
    ...LOAD_TEST_ZONES,
    'America/New_York',
    'Europe/London',
    'Australia/Sydney',
    'Asia/Kathmandu',
    'Pacific/Chatham',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'America/St_Johns',
  ]),
];
// Instants where month edges and DST changes fall differently per zone.
const NOWS = {
  'US DST start': Date.parse('2026-03-08T06:30:00Z'),
  'EU DST end, month end': Date.parse('2026-10-25T00:30:00Z'),
  'last evening of the year (UTC)': Date.parse('2026-12-31T20:00:00Z'),
  'New Year in UTC, still December west': Date.parse('2027-01-01T05:00:00Z'),
  'mid-month': Date.parse('2026-06-15T12:00:00Z'),
};

async function folded(now: number) {
  const scheduler = createScenarioScheduler({ now, scenarioIds: [...SLUGS] });
  const upstream = fakeHubSpotFetch(scheduler);
  const proxy = createMeetingsProxy({ token: 'pat-na1-folding-test-token', fetch: upstream.fetch, now: () => now, exposeOrganizerDetails: true });
  return { scheduler, upstream, proxy };
}

describe('zone folding', () => {
  for (const [name, now] of Object.entries(NOWS)) {
    it(`answers every zone from UTC months exactly as HubSpot answers the zone (${name})`, async () => {
      const { scheduler, upstream, proxy } = await folded(now);
      for (const slug of SLUGS) {
        for (const zone of ZONES) {
          for (const monthOffset of [0, 1, 2]) {
            const query = `timezone=${encodeURIComponent(zone)}&monthOffset=${monthOffset}`;
            const call = monthOffset === 0 ? `${LINKS}/${slug}` : `${LINKS}/availability-page/${slug}`;
            const response = await proxy(new Request(`${SITE}${call}?${query}`));
            expect(response.status).toBe(200);
            const body = (await response.json()) as Record<string, unknown>;
            const direct = (monthOffset === 0 ? scheduler.getBookingInfo(slug, { timezone: zone, monthOffset }) : scheduler.getAvailabilityPage(slug, { timezone: zone, monthOffset })).body as Record<string, unknown>;
            expect(body.linkAvailability, `${slug} ${zone} +${monthOffset}`).toEqual(direct.linkAvailability);
            if (monthOffset === 0) expect({ ...body, linkAvailability: 0, allUsersBusyTimes: 0 }).toEqual({ ...direct, linkAvailability: 0, allUsersBusyTimes: 0 });
          }
        }
      }
      // Zone-independent: a handful of UTC months per slug, whatever the number of zones.
      expect(upstream.calls.length).toBeLessThanOrEqual(SLUGS.length * 4);
    });
  }

  it('fetches each zone as asked when switched off', async () => {
    const now = NOWS['mid-month'];
    const scheduler = createScenarioScheduler({ now, scenarioIds: ['menelson'] });
    const upstream = fakeHubSpotFetch(scheduler);
    const proxy = createMeetingsProxy({ token: 'pat-na1-folding-test-token', fetch: upstream.fetch, now: () => now, foldTimeZones: false });
    for (const zone of ['Asia/Tokyo', 'Europe/Paris']) await proxy(new Request(`${SITE}${LINKS}/menelson?timezone=${encodeURIComponent(zone)}`));
    expect(upstream.calls).toEqual([
      'GET /scheduler/v3/meetings/meeting-links/book/menelson?timezone=Asia%2FTokyo&monthOffset=0',
      'GET /scheduler/v3/meetings/meeting-links/book/menelson?timezone=Europe%2FParis&monthOffset=0',
    ]);
  });
});
