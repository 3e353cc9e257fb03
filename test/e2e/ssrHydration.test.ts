// A page rendered on a server with prefetchBookingInfo, then hydrated in Chromium: the calendar is
// interactive at hydration, with no request to the API before a day is clicked and its times show.
// The server side runs the built package in a plain Node process (as a Next.js server would), the
// browser side is bundled by Vite from dist/ as an app would; both need `npm run build` first.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../src/mock/server/startMockServer';
import { launchChromium } from './helpers/launchChromium';
import { serveStatic, type StaticServer } from './helpers/serveStatic';

const run = promisify(execFile);
const ROOT = resolve('.');
// Inside the project, so the page's imports resolve from its node_modules.
const WORK_DIR = resolve('test-results/ssr-hydration/src');
const OUT_DIR = resolve('test-results/ssr-hydration/out');
const SLUG = 'round-robin';
const ZONE = 'America/New_York';

/** The server page: prefetch through meeting-scheduler/core, dehydrate, render to a string. */
const SERVER_SCRIPT = `
  import { createElement as h } from 'react';
  import { renderToString } from 'react-dom/server';
  import { dehydrate, QueryClient } from '@tanstack/react-query';
  import { createMeetingsClient, prefetchBookingInfo } from 'meeting-scheduler/core';
  import { MeetingScheduler } from 'meeting-scheduler';
  const props = JSON.parse(process.env.PAGE_PROPS);
  const queryClient = new QueryClient();
  await prefetchBookingInfo(queryClient, { client: createMeetingsClient({ baseUrl: props.apiBaseUrl }), slug: props.slug, timezone: props.timezone });
  // As a server component would: the widget is given the dehydrated state as a (serializable) prop.
  const state = dehydrate(queryClient);
  const html = renderToString(h(MeetingScheduler, { ...props, dehydratedState: state }));
  console.log(JSON.stringify({ html, state }));
`;

/** The browser page's entry: hydrate the same tree over the same state. */
const CLIENT_ENTRY = `
  import { createElement as h } from 'react';
  import { hydrateRoot } from 'react-dom/client';
  import { MeetingScheduler } from ${JSON.stringify(join(ROOT, 'dist/index.js'))};
  import ${JSON.stringify(join(ROOT, 'dist/style.css'))};
  const { props, state } = JSON.parse(document.getElementById('page-data').textContent);
  window.__recoverableErrors = [];
  hydrateRoot(
    document.getElementById('app'),
    h(MeetingScheduler, { ...props, dehydratedState: state, onReady: () => { window.__readyAt = performance.now(); } }),
    { onRecoverableError: (error) => window.__recoverableErrors.push(String(error)) },
  );
`;

let api: RunningMockServer;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  for (const file of ['dist/index.js', 'dist/core.js', 'dist/style.css']) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first.`);
  }
  api = await startMockServer({ port: 0, log: () => {} });
  const props = { slug: SLUG, apiBaseUrl: api.url, timezone: ZONE, locale: 'en-US' };

  rmSync(resolve('test-results/ssr-hydration'), { recursive: true, force: true });
  mkdirSync(WORK_DIR, { recursive: true });
  writeFileSync(join(WORK_DIR, 'entry.js'), CLIENT_ENTRY);
  writeFileSync(
    join(WORK_DIR, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title><link rel="icon" href="data:,"></head>
<body><div id="app"><!--ssr-html--></div><!--ssr-data--><script type="module" src="./entry.js"></script></body></html>`,
  );
  await build({ configFile: false, root: WORK_DIR, base: './', publicDir: false, logLevel: 'error', build: { outDir: OUT_DIR, emptyOutDir: true } });

  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', SERVER_SCRIPT], {
    cwd: ROOT,
    timeout: 60_000,
    env: { ...process.env, PAGE_PROPS: JSON.stringify(props) },
  });
  const { html, state } = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { html: string; state: unknown };
  // `<` escaped so no text in the data can close the script element.
  const data = JSON.stringify({ props, state }).replace(/</g, '\\u003c');
  const page = readFileSync(join(OUT_DIR, 'index.html'), 'utf8')
    .replace('<!--ssr-html-->', html)
    .replace('<!--ssr-data-->', `<script id="page-data" type="application/json">${data}</script>`);
  writeFileSync(join(OUT_DIR, 'index.html'), page);
  site = await serveStatic([OUT_DIR]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
});

describe('a prefetched server render, hydrated', () => {
  it('is interactive at hydration with 0 API requests before the first day is clickable', async () => {
    const page = await browser.newPage();
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(api.url)) apiRequests.push(request.url());
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(site.url);
    // The server's HTML already holds the calendar and the first day's times.
    await page.locator('.ms-calendar__day[data-available]').first().waitFor({ state: 'attached' });
    await page.waitForFunction(() => (window as { __readyAt?: number }).__readyAt !== undefined);
    expect(apiRequests).toEqual([]);

    // Hydrated: a day answers a click, and its times show, still without a request.
    const days = page.locator('.ms-calendar__day[data-available]');
    const second = days.nth(1);
    // By date: the day's name changes once it is selected (", selected").
    const date = await second.getAttribute('data-date');
    await second.click();
    await expect.poll(() => page.locator('[role="radiogroup"]').getAttribute('aria-labelledby')).toBeTruthy();
    await page.waitForFunction((key) => document.querySelector(`[data-date="${key}"]`)?.getAttribute('data-selected') === 'true', date);
    expect(await page.locator('[role="radio"]').count()).toBeGreaterThan(0);
    expect(apiRequests).toEqual([]);
    expect(await page.evaluate(() => (window as { __recoverableErrors?: string[] }).__recoverableErrors)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
