// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { BookMeetingRequest } from '../../../src/api/types';
import { readHubSpotFixture } from './readHubSpotFixture';
import { thrownBy } from './thrownBy';

// Booking's code is fetched as its own chunk when the visitor books. A chunk that cannot load
// (connection dropped, deploy replaced it) must still reject as the client promises: a
// MeetingsApiError the views know how to show, and no request sent.
vi.mock('../../../src/api/sendBookRequest', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('createMeetingsClient: parts loaded on first use', () => {
  it('a booking whose code cannot load rejects with a network MeetingsApiError, sending nothing', async () => {
    const { createMeetingsClient } = await import('../../../src/api/createMeetingsClient');
    const { MeetingsApiError } = await import('../../../src/api/MeetingsApiError');
    const fetch = vi.fn<typeof globalThis.fetch>();
    const client = createMeetingsClient({ baseUrl: 'https://proxy.example.com', fetch });
    const error = await thrownBy(() => client.bookMeeting(readHubSpotFixture('book-request') as unknown as BookMeetingRequest));
    expect(error).toBeInstanceOf(MeetingsApiError);
    expect(error).toMatchObject({ kind: 'network' });
    expect(fetch).not.toHaveBeenCalled();
  });
});
