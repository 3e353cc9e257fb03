// The shared set-up of the gallery's browser tests: each test file calls useGalleryPage() once at
// its top level and gets its own static server, Chromium and page (on a fixed clock), opened on
// menelson. Needs `npm run build:gallery` (and `npm run build` for the script-tag tab) beforehand;
// .ci/run does both.
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { MockFault } from '../../../src/mock';
import { loggedEvents, loggedPayload, openView, waitForWidget, type WidgetState } from './galleryDriver';
import { hashFor, titleOf } from './galleryEntries';
import { isExpectedFailure } from './isExpectedFailure';
import { launchChromium } from './launchChromium';
import { runAxe } from './runAxe';
import { serveStatic, type StaticServer } from './serveStatic';
import { watchPageProblems, type PageProblem, type PageProblems } from './watchPageProblems';

// A 1x1 transparent PNG: the machine has no internet, so logos the API data points at (the
// documentation sample's https://example.com/hello.jpg) are answered locally, as a network would.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/**
 * An image, also when MSW's service worker re-fetches it on the page's behalf (the request is then
 * a `fetch`, but keeps the image's Accept header).
 */
function isImageRequest(request: Request): boolean {
  return request.resourceType() === 'image' || (request.headers().accept ?? '').startsWith('image/');
}

/** A Tuesday in June 2026, 9:00 in New York: far from DST changes and month ends. */
const FIXED_NOW = new Date('2026-06-16T13:00:00Z');

/** The gallery page of one test file, and what its tests do with it. */
export interface GalleryPage {
  /** The page; available from the test file's own beforeAll on (hooks run in order). */
  readonly page: Page;
  /** The static server's base URL (serving dist-gallery/ and dist/). */
  readonly url: string;
  /** Opens a gallery entry (with extra hash parameters) and waits until its widget settled. */
  open(id: string, extra?: string): Promise<WidgetState>;
  expectNoAxeViolations(what: string): Promise<void>;
  /** Problems since the last call, minus those the given faults are meant to cause. */
  unexpectedProblems(faults?: readonly MockFault[]): PageProblem[];
  /** Event names in the log, oldest first. */
  loggedEvents(): Promise<string[]>;
  /** The JSON payload of the newest log entry with that name. */
  loggedPayload(name: string): Promise<unknown>;
}

/**
 * Registers the beforeAll that starts the server, the browser (outside requests aborted, images
 * answered with a pixel) and the page, and the afterAll that stops them. Call it at a test file's
 * top level, before any other hook.
 */
export function useGalleryPage(): GalleryPage {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page | undefined;
  let problems: PageProblems;

  const started = (): Page => {
    if (!page) throw new Error('the gallery page is not started yet: use it in tests or in a later beforeAll');
    return page;
  };

  beforeAll(async () => {
    if (!existsSync('dist-gallery/index.html')) {
      throw new Error('dist-gallery/ is missing: run "npm run build:gallery" before "npm run test:e2e".');
    }
    server = await serveStatic(['dist-gallery', 'dist']);
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1600, height: 1000 },
      timezoneId: 'America/New_York',
      locale: 'en-US',
      reducedMotion: 'reduce',
    });
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => (isImageRequest(route.request()) ? route.fulfill({ contentType: 'image/png', body: PIXEL }) : route.abort()),
    );
    // A fixed clock (timers still run): on the real one, the first offered time could slip into
    // the past between choosing and booking. The fake backend runs in the page, so it follows this
    // clock too and shifts the documentation sample's 2025 slots to it, as it does on a real clock.
    await context.clock.setFixedTime(FIXED_NOW);
    page = await context.newPage();
    problems = watchPageProblems(page);
    await page.goto(`${server.url}/${hashFor('menelson')}`);
    await waitForWidget(page);
    problems.take();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get page() {
      return started();
    },
    get url() {
      if (!server) throw new Error('the static server is not started yet');
      return server.url;
    },
    async open(id, extra = '') {
      await openView(started(), hashFor(id, extra), titleOf(id));
      return waitForWidget(started(), 20_000);
    },
    async expectNoAxeViolations(what) {
      const violations = await runAxe(started());
      expect(violations, `axe violations in ${what}`).toEqual([]);
    },
    unexpectedProblems(faults = []) {
      return problems.take().filter((problem) => !isExpectedFailure(problem, faults));
    },
    loggedEvents: () => loggedEvents(started()),
    loggedPayload: (name) => loggedPayload(started(), name),
  };
}
