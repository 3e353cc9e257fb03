// @vitest-environment node
import express from 'express';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Miniflare } from 'miniflare';
import { build } from 'esbuild';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMeetingsProxy } from '../../src/proxy/createMeetingsProxy';
import { toNodeHandler } from '../../src/proxy/toNodeHandler';
import { bundleProxy } from './helpers/bundleProxy';
import { checkFourCalls } from './helpers/checkFourCalls';
import { spawnServer } from './helpers/spawnServer';
import { RUNTIME_TOKEN, startUpstream } from './helpers/startUpstream';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
let upstream: Awaited<ReturnType<typeof startUpstream>>;
let bundle: string;
const env = () => ({ ...process.env, HUBSPOT_ACCESS_TOKEN: RUNTIME_TOKEN, UPSTREAM_URL: upstream.url });

beforeAll(async () => {
  bundle = await bundleProxy(`${fixtures}.build/proxy.mjs`);
});

// A fresh fake HubSpot per runtime, so each books from the same free times.
beforeEach(async () => {
  upstream = await startUpstream();
});

afterEach(async () => {
  await upstream.close();
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const options = () => ({ token: RUNTIME_TOKEN, upstreamBaseUrl: upstream.url, basePath: '/api/hubspot', allowListLinks: true });

describe('the proxy in real runtimes: the four calls to a fake HubSpot on 127.0.0.1', () => {
  it('Node http server (toNodeHandler)', async () => {
    const server = createServer(toNodeHandler(createMeetingsProxy(options())));
    try {
      await checkFourCalls(`${await listen(server)}/api/hubspot`);
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });

  it('Express 5', async () => {
    const app = express();
    app.disable('x-powered-by');
    app.use(toNodeHandler(createMeetingsProxy(options())));
    const server = createServer(app);
    try {
      await checkFourCalls(`${await listen(server)}/api/hubspot`);
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });

  it('Cloudflare workerd (miniflare)', async () => {
    const script = `${fixtures}.build/worker.mjs`;
    await build({ entryPoints: [`${fixtures}worker.ts`], bundle: true, format: 'esm', platform: 'neutral', outfile: script, logLevel: 'silent' });
    const mf = new Miniflare({
      modules: true,
      scriptPath: script,
      compatibilityDate: '2025-09-01',
      bindings: { HUBSPOT_ACCESS_TOKEN: RUNTIME_TOKEN, UPSTREAM_URL: upstream.url },
      host: '127.0.0.1',
      port: 0,
    });
    try {
      const url = await mf.ready;
      await checkFourCalls(`${url.origin}/api/hubspot`);
    } finally {
      await mf.dispose();
    }
  });

  it('Deno', async () => {
    const server = await spawnServer(bin('deno'), ['run', '--allow-net=127.0.0.1', '--allow-env', '--allow-read', `${fixtures}deno-server.mjs`], /listening (\d+)/, {
      env: { ...env(), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    });
    try {
      await checkFourCalls(`http://127.0.0.1:${server.port}/api/hubspot`);
    } finally {
      await server.stop();
    }
  });

  it('Bun', async () => {
    const server = await spawnServer(bin('bun'), ['run', `${fixtures}bun-server.mjs`], /listening (\d+)/, { env: env() });
    try {
      await checkFourCalls(`http://127.0.0.1:${server.port}/api/hubspot`);
    } finally {
      await server.stop();
    }
  });

  it('Next.js App Router route handler (next dev)', async () => {
    const app = `${fixtures}next-app`;
    mkdirSync(`${app}/lib`, { recursive: true });
    copyFileSync(bundle, `${app}/lib/proxy.mjs`);
    const server = await spawnServer(bin('next'), ['dev', app, '--hostname', '127.0.0.1', '--port', '0'], /Local:\s+http:\/\/127\.0\.0\.1:(\d+)/, {
      env: { ...env(), NEXT_TELEMETRY_DISABLED: '1' },
    });
    try {
      await checkFourCalls(`http://127.0.0.1:${server.port}/api/hubspot`);
    } finally {
      await server.stop();
    }
    expect(upstream.seen.length).toBeGreaterThan(0);
  });
});
