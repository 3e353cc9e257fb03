// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseMeetingLinksPage } from '../../../src/api/parseMeetingLinksPage';
import { readHubSpotFixture } from './readHubSpotFixture';
import { thrownBy } from './thrownBy';

describe('parseMeetingLinksPage', () => {
  it('reads the guide sample', () => {
    expect(parseMeetingLinksPage(readHubSpotFixture('meeting-links'))).toStrictEqual({
      total: 1,
      results: [
        {
          id: '3779484',
          slug: 'menelson',
          link: 'https://meetings.hubspotqa.com/menelson',
          name: 'Sales Pro Demo',
          type: 'PERSONAL_LINK',
          organizerUserId: '2195101',
          userIdsOfLinkMembers: ['2195101'],
          defaultLink: true,
          createdAt: '2024-09-13T18:05:08.797Z',
          updatedAt: '2024-09-13T18:43:35.116Z',
        },
      ],
    });
  });

  it('reads the paging cursor, drops links without a slug and counts when total is missing', () => {
    const page = parseMeetingLinksPage({
      results: [{ slug: 'a', type: 'GROUP_CALENDAR', name: null }, { id: 'no-slug' }, 7],
      paging: { next: { after: 'MTA=', link: 'https://api.hubapi.com/...' } },
    });
    expect(page).toStrictEqual({
      total: 1,
      nextAfter: 'MTA=',
      results: [
        {
          id: '',
          slug: 'a',
          link: '',
          type: 'GROUP_CALENDAR',
          organizerUserId: '',
          userIdsOfLinkMembers: [],
          defaultLink: false,
          createdAt: '',
        },
      ],
    });
  });

  it('rejects a body without a results list', async () => {
    expect(await thrownBy(() => parseMeetingLinksPage({ total: 0 }))).toMatchObject({ kind: 'invalid-response' });
  });
});
