import { invalidResponse } from './helpers/invalidResponse';
import { isRecord } from './helpers/isRecord';
import { parseLinkType } from './helpers/parseLinkType';
import { readArray } from './helpers/readArray';
import { readBoolean } from './helpers/readBoolean';
import { readId } from './helpers/readId';
import { readNumber } from './helpers/readNumber';
import { readStringArray } from './helpers/readStringArray';
import { readText } from './helpers/readText';
import { withDefined } from './helpers/withDefined';
import type { MeetingLink, MeetingLinksPage } from './types';

function parseMeetingLink(value: unknown): MeetingLink | undefined {
  if (!isRecord(value)) return undefined;
  const slug = readText(value.slug);
  // A link is only of use by its slug (the booking calls take it).
  if (slug === undefined) return undefined;
  return withDefined<MeetingLink>(
    {
      id: readId(value.id) ?? '',
      slug,
      link: readText(value.link) ?? '',
      type: parseLinkType(value.type),
      organizerUserId: readId(value.organizerUserId) ?? '',
      userIdsOfLinkMembers: readStringArray(value.userIdsOfLinkMembers),
      defaultLink: readBoolean(value.defaultLink) ?? false,
      createdAt: readText(value.createdAt) ?? '',
    },
    { name: readText(value.name), updatedAt: readText(value.updatedAt) },
  );
}

/**
 * Reads the list-links answer. Links without a slug are dropped; `total` falls back to the number
 * of links read; the next cursor comes from `paging.next.after`.
 *
 * @throws MeetingsApiError `invalid-response` when the body is not an object with a `results` list.
 */
export function parseMeetingLinksPage(json: unknown): MeetingLinksPage {
  if (!isRecord(json) || !Array.isArray(json.results)) throw invalidResponse('list of scheduling pages');
  const results = readArray(json.results)
    .map(parseMeetingLink)
    .filter((link): link is MeetingLink => link !== undefined);
  const total = readNumber(json.total);
  const paging = isRecord(json.paging) && isRecord(json.paging.next) ? json.paging.next : {};
  return withDefined<MeetingLinksPage>(
    { total: total !== undefined && Number.isSafeInteger(total) && total >= 0 ? total : results.length, results },
    { nextAfter: readId(paging.after) },
  );
}
