// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { WireMeetingLinksPage } from '../../../src/api/wireTypes';
import { createFakeScheduler } from '../../../src/mock/createFakeScheduler';
import { testLink, testMember } from './helpers/testLink';

const fake = createFakeScheduler({
  now: Date.parse('2025-10-09T12:00:00Z'),
  links: [
    testLink({ slug: 'alpha', name: 'Alpha demo', defaultLink: true }),
    testLink({ slug: 'beta', name: 'Beta call', linkType: 'ROUND_ROBIN_CALENDAR', members: [testMember({ userId: '9' }), testMember({ userId: '10' })] }),
    testLink({ slug: 'gamma', name: 'Gamma demo', members: [testMember({ userId: '9' })] }),
  ],
});
const list = (query: Record<string, string | number>) => fake.listMeetingLinks(query).body as WireMeetingLinksPage;

describe('listMeetingLinks', () => {
  it('answers in HubSpot’s shape', () => {
    const page = list({});
    expect(page.total).toBe(3);
    expect(page.paging).toBeUndefined();
    expect(page.results[0]).toEqual({
      id: expect.stringMatching(/^\d+$/),
      slug: 'alpha',
      link: 'https://meetings.hubspot.com/alpha',
      name: 'Alpha demo',
      type: 'PERSONAL_LINK',
      organizerUserId: 'u1',
      userIdsOfLinkMembers: ['u1'],
      defaultLink: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
  });

  it('pages with limit and after', () => {
    const first = list({ limit: 2 });
    expect(first.results.map((link) => link.slug)).toEqual(['alpha', 'beta']);
    expect(first.total).toBe(3);
    expect(first.paging?.next?.after).toBe('2');
    const second = list({ limit: 2, after: first.paging?.next?.after ?? '' });
    expect(second.results.map((link) => link.slug)).toEqual(['gamma']);
    expect(second.paging).toBeUndefined();
  });

  it('filters by name, type and organizer', () => {
    expect(list({ name: 'DEMO' }).results.map((link) => link.slug)).toEqual(['alpha', 'gamma']);
    expect(list({ type: 'ROUND_ROBIN_CALENDAR' }).results.map((link) => link.slug)).toEqual(['beta']);
    expect(list({ organizerUserId: '9' }).results.map((link) => link.slug)).toEqual(['beta', 'gamma']);
    expect(list({ organizerUserId: '9', name: 'gamma' }).total).toBe(1);
  });

  it('refuses a malformed limit or cursor with a validation error', () => {
    expect(fake.listMeetingLinks({ limit: 'many' }).status).toBe(400);
    expect(fake.listMeetingLinks({ after: '-3' }).status).toBe(400);
  });
});

describe('month queries', () => {
  it('refuse an unknown time zone or a malformed monthOffset, and 404 an unknown slug', () => {
    expect(fake.getBookingInfo('alpha', { timezone: 'Mars/Olympus' }).status).toBe(400);
    expect(fake.getAvailabilityPage('alpha', { timezone: 'UTC', monthOffset: 'next' }).status).toBe(400);
    expect(fake.getAvailabilityPage('alpha', { timezone: 'UTC', monthOffset: -1 }).status).toBe(400);
    expect(fake.getAvailabilityPage('nobody', { timezone: 'UTC' }).status).toBe(404);
    expect(fake.getBookingInfo('alpha', { timezone: 'UTC', monthOffset: '1' }).status).toBe(200);
  });
});
