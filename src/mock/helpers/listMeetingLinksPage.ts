import type { WireMeetingLink, WireMeetingLinksPage } from '../../api/wireTypes';
import type { FakeLinkDefinition } from '../FakeLinkDefinition';
import type { FakeListQuery, FakeResponse } from '../FakeScheduler';
import { validationError } from './hubspotErrors';
import { linkIdOf } from './linkIdOf';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/** The link list, filtered (name contains, type, organizer) and paged with `limit`/`after`. */
export function listMeetingLinksPage(links: readonly FakeLinkDefinition[], query: FakeListQuery): FakeResponse {
  const limit = query.limit === undefined || query.limit === '' ? DEFAULT_LIMIT : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    return validationError([{ in: 'limit', code: 'INVALID_LIMIT', message: 'limit must be a positive integer.' }]);
  }
  const offset = query.after === undefined || query.after === '' ? 0 : Number(query.after);
  if (!Number.isInteger(offset) || offset < 0) {
    return validationError([{ in: 'after', code: 'INVALID_AFTER', message: 'after must be a paging cursor from a previous page.' }]);
  }
  const name = query.name?.trim().toLowerCase();
  const matching = links
    .map(toWireMeetingLink)
    .filter((link) => !name || (link.name ?? '').toLowerCase().includes(name) || link.slug.toLowerCase().includes(name))
    .filter((link) => !query.type || link.type === query.type)
    .filter((link) => !query.organizerUserId || link.organizerUserId === query.organizerUserId);
  const pageSize = Math.min(limit, MAX_LIMIT);
  const results = matching.slice(offset, offset + pageSize);
  const body: WireMeetingLinksPage = { total: matching.length, results };
  const next = offset + pageSize;
  if (next < matching.length) body.paging = { next: { after: String(next), link: `?limit=${pageSize}&after=${next}` } };
  return { status: 200, body };
}

function toWireMeetingLink(link: FakeLinkDefinition): WireMeetingLink {
  const createdAt = link.createdAt ?? '2024-01-15T10:00:00.000Z';
  return {
    id: linkIdOf(link),
    slug: link.slug,
    link: `https://meetings.hubspot.com/${link.slug}`,
    name: link.name,
    type: link.linkType,
    organizerUserId: link.members[0]?.userId ?? '',
    userIdsOfLinkMembers: link.members.map((member) => member.userId),
    defaultLink: link.defaultLink ?? false,
    createdAt,
    updatedAt: createdAt,
  };
}
