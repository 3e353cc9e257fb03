// @vitest-environment node
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { WireBookingInfo } from '../../../src/api/wireTypes';
import { createFakeScheduler } from '../../../src/mock/createFakeScheduler';
import { startMockServer } from '../../../src/mock/server/startMockServer';
import { bookBody, testLink } from './helpers/testLink';

const NOW = Date.parse('2025-10-06T12:00:00Z');
const SLOT = Date.parse('2025-10-08T14:00:00Z');

describe('startMockServer', () => {
  it('answers real requests on 127.0.0.1 with CORS, logs one line each, and closes', async () => {
    const lines: string[] = [];
    const scheduler = createFakeScheduler({ now: NOW, links: [testLink()] });
    const server = await startMockServer({ port: 0, scheduler, log: (line) => lines.push(line) });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const info = await fetch(`${server.url}/scheduler/v3/meetings/meeting-links/book/test?timezone=UTC`, {
        headers: { Origin: 'https://site.example' },
      });
      expect(info.status).toBe(200);
      expect(info.headers.get('access-control-allow-origin')).toBe('*');
      expect(info.headers.get('content-type')).toContain('application/json');
      expect(((await info.json()) as WireBookingInfo).linkType).toBe('PERSONAL_LINK');

      const preflight = await fetch(`${server.url}/scheduler/v3/meetings/meeting-links/book`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://site.example', 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');

      const booked = await fetch(`${server.url}/scheduler/v3/meetings/meeting-links/book?timezone=UTC`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(bookBody({ startTime: SLOT })),
      });
      expect(booked.status).toBe(200);
      expect(scheduler.bookings).toHaveLength(1);

      const unknown = await fetch(`${server.url}/nothing/here`);
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({ status: 'error', category: 'OBJECT_NOT_FOUND' });
      expect(lines).toHaveLength(4);
      expect(lines[0]).toMatch(/^GET \/scheduler\/v3\/meetings\/meeting-links\/book\/test\?timezone=UTC 200/);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/scheduler/v3/meetings/meeting-links`)).rejects.toThrow();
  });

  it('serves every scenario by default and drops the connection for a network-error fault', async () => {
    const server = await startMockServer({
      port: 0,
      log: () => {},
      faults: [{ call: 'getAvailabilityPage', times: 1, response: 'network-error' }],
    });
    try {
      const links = await fetch(`${server.url}/scheduler/v3/meetings/meeting-links?limit=100`);
      expect(((await links.json()) as { total: number }).total).toBeGreaterThanOrEqual(10);
      const page = `${server.url}/scheduler/v3/meetings/meeting-links/book/availability-page/round-robin?timezone=UTC`;
      await expect(fetch(page)).rejects.toThrow();
      expect((await fetch(page)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('the CLI prints its URL and the scenario slugs and stops by itself with --exit-after', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/mock/server/cli.ts', '--port', '0', '--exit-after', '1'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(output).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(output).toContain('menelson');
    expect(output).toContain('round-robin');
    expect(code).toBe(0);
  }, 20_000);

  it('the CLI stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/mock/server/cli.ts', '--port', '0', '--exit-after', '15'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('listening on')) resolve();
      }),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 20_000);
});
