import { describe, expect, it } from 'vitest';
import { createMeetingsClient } from '../../../src/api/createMeetingsClient';
import { readHubSpotFixture } from './readHubSpotFixture';
import { useRecordingServer } from './recordingServer';

const api = useRecordingServer();

describe('createMeetingsClient in a page', () => {
  it('talks to the page’s own origin by default', async () => {
    api.replyJson(readHubSpotFixture('availability-page'));
    await createMeetingsClient().getAvailabilityPage('jdoe', { timezone: 'UTC' });
    expect(api.received[0]?.rawUrl).toBe(
      `${window.location.origin}/scheduler/v3/meetings/meeting-links/book/availability-page/jdoe?timezone=UTC`,
    );
  });
});
