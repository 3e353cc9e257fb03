// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MeetingsApiError } from '../../../src/api/MeetingsApiError';
import { parseAvailabilityPage } from '../../../src/api/parseAvailabilityPage';
import { readHubSpotFixture } from './readHubSpotFixture';
import { thrownBy } from './thrownBy';

describe('parseAvailabilityPage', () => {
  it('reads the guide sample, whose member has no profile and no busy times', () => {
    expect(parseAvailabilityPage(readHubSpotFixture('availability-page'))).toStrictEqual({
      slotsByDuration: {
        1800000: [
          { start: 1725282000000, end: 1725283800000 },
          { start: 1725282900000, end: 1725284700000 },
          { start: 1726259400000, end: 1726261200000 },
        ],
      },
      hasMore: false,
      members: [
        {
          id: '1821619',
          userId: '1234567',
          isOffline: false,
          isSalesStarter: true,
          calendarProvider: 'UNKNOWN',
          busyTimes: [],
        },
      ],
    });
  });

  it('reads a page without linkAvailability as one without slots', () => {
    expect(parseAvailabilityPage({ allUsersBusyTimes: [] })).toStrictEqual({ slotsByDuration: {}, hasMore: false, members: [] });
  });

  it('merges two keys naming one duration and keeps the result sorted and unique', () => {
    const page = parseAvailabilityPage({
      linkAvailability: {
        hasMore: true,
        linkAvailabilityByDuration: {
          '900000': { availabilities: [{ startMillisUtc: 20, endMillisUtc: 30 }] },
          '900000.0': {
            availabilities: [
              { startMillisUtc: 0, endMillisUtc: 10 },
              { startMillisUtc: 20, endMillisUtc: 30 },
            ],
          },
        },
      },
    });
    expect(page.slotsByDuration).toStrictEqual({
      900000: [
        { start: 0, end: 10 },
        { start: 20, end: 30 },
      ],
    });
    expect(page.hasMore).toBe(true);
  });

  it.each([
    ['a string', 'ok'],
    ['an empty object', {}],
    ['a booking result', readHubSpotFixture('book-response')],
  ])('rejects %s as an invalid response', async (_label, body) => {
    const error = await thrownBy(() => parseAvailabilityPage(body));
    expect(error).toBeInstanceOf(MeetingsApiError);
    expect(error).toMatchObject({ kind: 'invalid-response' });
  });
});
