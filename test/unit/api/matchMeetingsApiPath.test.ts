// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchMeetingsApiPath } from '../../../src/api/matchMeetingsApiPath';
import { meetingsApiPaths } from '../../../src/api/meetingsApiPaths';

describe('matchMeetingsApiPath', () => {
  it('recognises the four calls in the guide’s form', () => {
    expect(matchMeetingsApiPath('/scheduler/v3/meetings/meeting-links')).toEqual({
      call: 'listMeetingLinks',
      method: 'GET',
      apiVersion: 'v3',
    });
    expect(matchMeetingsApiPath('/scheduler/v3/meetings/meeting-links/book/jdoe')).toEqual({
      call: 'getBookingInfo',
      method: 'GET',
      apiVersion: 'v3',
      slug: 'jdoe',
    });
    expect(matchMeetingsApiPath('/scheduler/2026-03/meetings/meeting-links/book/availability-page/jdoe')).toEqual({
      call: 'getAvailabilityPage',
      method: 'GET',
      apiVersion: '2026-03',
      slug: 'jdoe',
    });
    // The guide writes the book path with a trailing slash.
    expect(matchMeetingsApiPath('/scheduler/v3/meetings/meeting-links/book/')).toEqual({
      call: 'bookMeeting',
      method: 'POST',
      apiVersion: 'v3',
    });
  });

  it.each([
    '/scheduler/v3/meetings/meeting-links/other',
    '/scheduler/v3/meetings/meeting-links/book/a/b',
    '/scheduler/v3/meetings/meeting-links/book/availability-page/a/b',
    '/scheduler//meetings/meeting-links',
    '/crm/v3/objects/contacts',
    '/scheduler/v3/meetings/meeting-links/book/%E0%A4%A',
    'scheduler/v3/meetings/meeting-links',
  ])('refuses %s', (path) => {
    expect(matchMeetingsApiPath(path)).toBeUndefined();
  });

  it('is the inverse of meetingsApiPaths for any slug and version', () => {
    const text = fc.string({ minLength: 1, maxLength: 20 }).filter((value) => value.trim() !== '');
    fc.assert(
      fc.property(text, text, (slug, version) => {
        const paths = meetingsApiPaths(version);
        expect(matchMeetingsApiPath(paths.bookingInfo(slug))).toEqual({ call: 'getBookingInfo', method: 'GET', apiVersion: version, slug });
        expect(matchMeetingsApiPath(paths.availabilityPage(slug))).toEqual({
          call: 'getAvailabilityPage',
          method: 'GET',
          apiVersion: version,
          slug,
        });
        expect(matchMeetingsApiPath(paths.book)?.call).toBe('bookMeeting');
        expect(matchMeetingsApiPath(paths.meetingLinks)?.call).toBe('listMeetingLinks');
      }),
    );
  });
});
