// Browser tests of the scenario gallery (the built dev page) in Debian's Chromium: every scenario
// renders cleanly, a booking can be made with the keyboard alone, axe finds nothing (contrast
// included) in any main state, and the widget fits a 320 px container.
// Needs `npm run build:gallery` (and `npm run build` for the script-tag tab) beforehand; .ci/run does both.
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGalleryEntries } from '../../src/dev/buildGalleryEntries';
import { failureVariants, scenarios, type MockFault } from '../../src/mock';
import {
  chooseFirstTime,
  confirmationHeading,
  fillVisitor,
  focusedElement,
  horizontalOverflow,
  openView,
  screenshotMain,
  tabTo,
  waitForWidget,
  widgetOf,
  type WidgetState,
} from './helpers/galleryDriver';
import { isExpectedFailure } from './helpers/isExpectedFailure';
import { launchChromium } from './helpers/launchChromium';
import { runAxe } from './helpers/runAxe';
import { serveStatic, type StaticServer } from './helpers/serveStatic';
import { watchPageProblems, type PageProblems } from './helpers/watchPageProblems';

const entries = buildGalleryEntries(scenarios, failureVariants);
const variantFaults = (id: string): readonly MockFault[] =>
  Object.values(failureVariants).find((variant) => variant.id === id)?.faults ?? [];

/** The state each entry settles in; everything not listed shows the calendar. */
const settledState: Record<string, WidgetState> = {
  'no-availability': 'empty',
  'not-found': 'error',
  'server-error-on-load': 'error',
};

// A 1x1 transparent PNG: the machine has no internet, so logos the API data points at (the
// documentation sample's https://example.com/hello.jpg) are answered locally, as a network would.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

/** Problems since the last call, minus those the given faults are meant to cause. */
function unexpectedProblems(faults: readonly MockFault[] = []) {
  return problems.take().filter((problem) => !isExpectedFailure(problem, faults));
}

/** `#scenario=...` with the visitor pinned to New York, so nothing depends on the machine's zone. */
function hashFor(id: string, extra = ''): string {
  return `#scenario=${id}&tz=America/New_York${extra}`;
}

function titleOf(id: string): string {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no gallery entry ${id}`);
  return entry.title;
}

async function open(id: string, extra = ''): Promise<WidgetState> {
  await openView(page, hashFor(id, extra), titleOf(id));
  return waitForWidget(page, 20_000);
}

async function expectNoAxeViolations(what: string): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, `axe violations in ${what}`).toEqual([]);
}

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
    (route) =>
      route.request().resourceType() === 'image'
        ? route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL })
        : route.abort('internetdisconnected'),
  );
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

describe('gallery', () => {
  it('lists every scenario and failure variant, grouped, with the current one marked', async () => {
    const sidebar = page.getByRole('navigation', { name: 'Scenarios' });
    const links = sidebar.getByRole('link');
    expect(await links.allTextContents()).toEqual(entries.map((entry) => entry.title));
    const groups = await sidebar.getByRole('heading', { level: 2 }).allTextContents();
    expect(groups).toEqual(['Link types', 'Forms & consent', 'Availability', 'Failures']);
    await expect.poll(() => sidebar.locator('[aria-current="page"]').textContent()).toBe(titleOf('menelson'));
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))(
    '%s renders without console errors, failed requests or axe violations',
    async (id, entry) => {
      const state = await open(id);
      expect(state).toBe(settledState[id] ?? 'calendar');
      if (state === 'error' && id === 'not-found') {
        await expect.poll(() => widgetOf(page).getByRole('alert').textContent()).toContain('could not be found');
      }
      await expectNoAxeViolations(`${id} (${state})`);
      await screenshotMain(page, id);
      expect(unexpectedProblems(entry.kind === 'failure' ? variantFaults(id) : [])).toEqual([]);
    },
  );
});
