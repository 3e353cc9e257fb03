// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchMockRoute } from '../../../src/mock/matchMockRoute';

describe('matchMockRoute', () => {
  it('recognises the four calls under any version and any base path', () => {
    expect(matchMockRoute('GET', '/scheduler/v3/meetings/meeting-links')).toEqual({ call: 'listMeetingLinks', version: 'v3' });
    expect(matchMockRoute('get', '/api/hubspot/scheduler/2026-03/meetings/meeting-links/book/jdoe')).toEqual({
      call: 'getBookingInfo',
      slug: 'jdoe',
      version: '2026-03',
    });
    expect(matchMockRoute('GET', '/scheduler/v3/meetings/meeting-links/book/availability-page/jdoe')).toEqual({
      call: 'getAvailabilityPage',
      slug: 'jdoe',
      version: 'v3',
    });
    // The guide writes the book path with a trailing slash.
    expect(matchMockRoute('POST', '/scheduler/v3/meetings/meeting-links/book/')).toEqual({ call: 'bookMeeting', version: 'v3' });
  });

  it('decodes slugs', () => {
    expect(matchMockRoute('GET', '/scheduler/v3/meetings/meeting-links/book/j%C3%B6rg%20d')?.slug).toBe('jörg d');
  });

  it('rejects wrong methods and unknown paths', () => {
    expect(matchMockRoute('POST', '/scheduler/v3/meetings/meeting-links')).toBeUndefined();
    expect(matchMockRoute('GET', '/scheduler/v3/meetings/meeting-links/book')).toBeUndefined();
    expect(matchMockRoute('DELETE', '/scheduler/v3/meetings/meeting-links/book/jdoe')).toBeUndefined();
    expect(matchMockRoute('GET', '/scheduler/v3/meetings/meeting-links/book/a/b')).toBeUndefined();
    expect(matchMockRoute('GET', '/scheduler/v3/meetings/other')).toBeUndefined();
  });
});
