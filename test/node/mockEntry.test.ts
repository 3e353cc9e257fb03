// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('the meeting-scheduler/mock entries without a DOM', () => {
  it('meeting-scheduler/mock imports and serves a scenario', async () => {
    expect(typeof window).toBe('undefined');
    const mock = await import('../../src/mock/index');
    expect(Object.keys(mock.scenarios)).toContain('menelson');
    const scheduler = mock.createScenarioScheduler({ now: Date.parse('2025-10-09T12:00:00Z') });
    const response = scheduler.getBookingInfo('menelson', { timezone: 'America/New_York', monthOffset: 0 });
    expect(response.status).toBe(200);
  });

  it('meeting-scheduler/mock/server starts a real server on 127.0.0.1 and closes', async () => {
    const { startMockServer } = await import('../../src/mock/server/index');
    const server = await startMockServer({ port: 0, host: '127.0.0.1' });
    try {
      const response = await fetch(
        `${server.url}/scheduler/v3/meetings/meeting-links/book/menelson?timezone=America%2FNew_York`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeTruthy();
    } finally {
      await server.close();
    }
  });
});
