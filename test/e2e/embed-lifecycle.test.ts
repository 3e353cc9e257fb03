// The embed's life on a page: elements added later, attribute changes, moves and removal,
// window.MeetingScheduler.mount(), the script loaded twice, a failing slug, the example page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../src/mock/server/index';
import {
  assertEmbedBuilt,
  countEvents,
  EMBED_SCRIPT_TAG,
  expectOnlyRequestsTo,
  hostPage,
  newPage,
  openTestPage,
  recordedEvents,
  SCREENSHOT_DIR,
  TEST_PAGE_DIR,
  waitForEvents,
  watchPage,
  type PageWatch,
} from './embedHarness';
import { launchChromium } from './helpers/launchChromium';
import { serveStatic, type StaticServer } from './helpers/serveStatic';

let browser: Browser;
let site: StaticServer;
let api: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  assertEmbedBuilt();
  site = await serveStatic([TEST_PAGE_DIR, 'public', '.']);
  api = await startMockServer({ port: 0, host: '127.0.0.1', log: () => {} });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
});

async function openWithScript(name: string, body = '', expectedErrors: RegExp[] = []): Promise<{ page: Page; watch: PageWatch; close: () => Promise<void> }> {
  const { page, close } = await newPage(browser);
  const watch = watchPage(page, expectedErrors);
  await openTestPage(page, site.url, name, hostPage({ hostile: false, body: `${body}${EMBED_SCRIPT_TAG}` }));
  return { page, watch, close };
}

/** The linkId of each ready event of an element, in order. */
async function readyLinkIds(page: Page, target: string): Promise<unknown[]> {
  return (await recordedEvents(page)).filter((event) => event.target === target && event.name === 'ready').map((event) => event.detail.linkId);
}

describe('<meeting-scheduler> added after the script loaded', () => {
  it('renders, follows attribute changes, survives a move, and unmounts when removed', async () => {
    const { page, watch, close } = await openWithScript('late-element', '<section id="elsewhere"></section>');
    await page.evaluate((apiUrl) => {
      const element = document.createElement('meeting-scheduler');
      element.id = 'late';
      element.setAttribute('slug', 'offline-organizer');
      element.setAttribute('api-base-url', apiUrl);
      document.body.append(element);
    }, api.url);
    await waitForEvents(page, 'late', 'ready');
    const root = page.locator('#late .ms-root');

    // An attribute change re-renders the same instance with the new value.
    await page.evaluate(() => document.getElementById('late')?.setAttribute('color-scheme', 'dark'));
    await expect.poll(() => root.getAttribute('data-color-scheme')).toBe('dark');

    // Changing the slug loads the other scheduling page.
    await page.evaluate(() => document.getElementById('late')?.setAttribute('slug', 'round-robin'));
    await waitForEvents(page, 'late', 'ready', 2);
    const [firstLink, secondLink] = await readyLinkIds(page, 'late');
    expect(secondLink).not.toBe(firstLink);

    // A move in the DOM keeps the widget and what the visitor chose: no remount, no new ready.
    const day = page.locator('#late').getByRole('grid').getByRole('button', { disabled: false }).first();
    await day.click();
    // The element reacts to disconnect/connect in one queued microtask (and unmounting removes its
    // container synchronously): a microtask queued after the move runs after that reaction.
    const markerAfterMove = await page.evaluate(async () => {
      const element = document.getElementById('late');
      const rootNode = element?.shadowRoot?.querySelector('.ms-root') as (Element & { __marker?: string }) | null;
      if (rootNode) rootNode.__marker = 'before-move';
      document.getElementById('elsewhere')?.append(element as Element);
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      const moved = document.querySelector('#elsewhere > #late')?.shadowRoot?.querySelector('.ms-root') as (Element & { __marker?: string }) | null;
      return moved?.__marker;
    });
    expect(markerAfterMove).toBe('before-move');
    await expect.poll(() => page.locator('#late [role="gridcell"][aria-selected="true"]').count()).toBe(1);
    expect(await readyLinkIds(page, 'late')).toHaveLength(2);

    // Removed from the page: the widget unmounts (nothing left in its shadow root).
    const leftInShadowRoot = await page.evaluate(async () => {
      const element = document.getElementById('late') as HTMLElement;
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return element.shadowRoot?.childElementCount;
    });
    expect(leftInShadowRoot).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    expectOnlyRequestsTo(watch, [site.url, api.url]);
    await close();
  });

  it('waits for a slug set after the element was connected', async () => {
    const { page, watch, close } = await openWithScript('no-slug-yet');
    await page.evaluate((apiUrl) => {
      const element = document.createElement('meeting-scheduler');
      element.id = 'later';
      element.setAttribute('api-base-url', apiUrl);
      document.body.append(element);
      setTimeout(() => element.setAttribute('slug', 'guests'), 50);
    }, api.url);
    await waitForEvents(page, 'later', 'ready');
    expect(countEvents(await recordedEvents(page))).toEqual({ later: { ready: 1 } });
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });
});

describe('window.MeetingScheduler', () => {
  it('is the only global, and mount() returns update() and unmount()', async () => {
    const { page, close } = await newPage(browser);
    const watch = watchPage(page);
    // The globals before the script, to compare with after.
    const head = '<script>window.__globalsBefore = Object.getOwnPropertyNames(window);</script>';
    await openTestPage(page, site.url, 'mount-api', hostPage({ hostile: false, head, body: `<div id="target"></div>${EMBED_SCRIPT_TAG}` }));
    const added = await page.evaluate(() => {
      const before = new Set((window as unknown as { __globalsBefore: string[] }).__globalsBefore);
      return Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && name !== '__globalsBefore');
    });
    expect(added).toEqual(['MeetingScheduler']);
    const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(await page.evaluate(() => window.MeetingScheduler?.version)).toBe(packageVersion);

    await page.evaluate((apiUrl) => {
      const state = window as unknown as { __handle: unknown; __callbacks: string[] };
      state.__callbacks = [];
      state.__handle = window.MeetingScheduler?.mount(document.getElementById('target') as Element, {
        slug: 'offline-organizer',
        apiBaseUrl: apiUrl,
        onReady: () => state.__callbacks.push('ready'),
      });
    }, api.url);
    // The callback runs and the DOM event fires on the target element.
    await waitForEvents(page, 'target', 'ready');
    expect(await page.evaluate(() => (window as unknown as { __callbacks: string[] }).__callbacks)).toEqual(['ready']);

    type Handle = { update: (props: object) => void; unmount: () => void };
    await page.evaluate(() => (window as unknown as { __handle: Handle }).__handle.update({ colorScheme: 'dark' }));
    await expect.poll(() => page.locator('#target .ms-root').getAttribute('data-color-scheme')).toBe('dark');
    await page.locator('#target').screenshot({ path: join(SCREENSHOT_DIR, 'embed-mount-dark.png') });

    await page.evaluate(() => (window as unknown as { __handle: Handle }).__handle.update({ slug: 'round-robin' }));
    await waitForEvents(page, 'target', 'ready', 2);

    const afterUnmount = await page.evaluate(() => {
      const handle = (window as unknown as { __handle: Handle }).__handle;
      handle.unmount();
      handle.unmount();
      handle.update({ colorScheme: 'light' });
      return document.getElementById('target')?.shadowRoot?.querySelector('.ms-root') === null;
    });
    expect(afterUnmount).toBe(true);

    // Misuse gets a clear message instead of a half-rendered widget.
    const misuse = await page.evaluate(() => {
      const attempt = (run: () => unknown) => {
        try {
          run();
          return 'no error';
        } catch (error) {
          return `${(error as Error).name}: ${(error as Error).message}`;
        }
      };
      const mount = window.MeetingScheduler?.mount as (target: unknown, props: unknown) => unknown;
      return [attempt(() => mount(null, { slug: 'x' })), attempt(() => mount(document.getElementById('target'), {}))];
    });
    expect(misuse[0]).toMatch(/^TypeError: .*needs an element/);
    expect(misuse[1]).toMatch(/^TypeError: .*props\.slug/);
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });
});

describe('the script loaded twice', () => {
  it('keeps the first definition and renders each widget once, without errors', async () => {
    const { page, close } = await newPage(browser);
    const watch = watchPage(page);
    const element = `<meeting-scheduler id="twice" slug="offline-organizer" api-base-url="${api.url}"></meeting-scheduler>`;
    // Two URLs, as when a page and a plugin both include it (one URL twice may be fetched once).
    const second = EMBED_SCRIPT_TAG.replace('.embed.js', '.embed.js?copy=2');
    const first = `<script>window.__first = window.MeetingScheduler; window.__firstElement = customElements.get('meeting-scheduler');</script>`;
    const scripts = `${EMBED_SCRIPT_TAG}${first}${second}`;
    await openTestPage(page, site.url, 'script-twice', hostPage({ hostile: false, body: element + scripts }));
    // After load both copies have run. The second kept the first global and element class, so no
    // second definition or mount exists that could render or fire later.
    await page.waitForLoadState('load');
    await waitForEvents(page, 'twice', 'ready');
    expect(
      await page.evaluate(() => {
        const seen = window as unknown as { __first: unknown; __firstElement: unknown };
        return [seen.__first === window.MeetingScheduler, seen.__firstElement === customElements.get('meeting-scheduler')];
      }),
    ).toEqual([true, true]);
    expect(countEvents(await recordedEvents(page))).toEqual({ twice: { ready: 1 } });
    expect(await page.locator('#twice .ms-root').count()).toBe(1);
    expect(watch.requests.filter((url) => url.includes('/meeting-scheduler.embed.js'))).toHaveLength(2);
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });
});

describe('failures', () => {
  it('an unknown slug fires meeting-scheduler:error, shows a message, and the page keeps running', async () => {
    // Chromium logs the 404 response itself; that line is expected.
    const { page, watch, close } = await openWithScript('unknown-slug', '', [/status of 404/]);
    await page.evaluate((apiUrl) => {
      const element = document.createElement('meeting-scheduler');
      element.id = 'missing';
      element.setAttribute('slug', 'no-such-page');
      element.setAttribute('api-base-url', apiUrl);
      document.body.append(element);
    }, api.url);
    await waitForEvents(page, 'missing', 'error');
    const error = (await recordedEvents(page)).find((event) => event.name === 'error');
    expect(error?.detail).toMatchObject({ kind: 'not-found', status: 404 });
    await expect.poll(() => page.locator('#missing').getByText('This scheduling page could not be found').count()).toBe(1);
    expect(await page.evaluate(() => document.getElementById('host-heading')?.textContent)).toBe('Host page');
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });
});

describe('public/embed-example.html', () => {
  it('shows the widget and logs its events against the mock server', async () => {
    const { page, close } = await newPage(browser);
    const watch = watchPage(page);
    await page.goto(`${site.url}/embed-example.html?api=${encodeURIComponent(api.url)}`);
    await expect.poll(() => page.locator('#event-log').textContent(), { timeout: 15_000 }).toContain('meeting-scheduler:ready');
    expect(await page.locator('#missing-bundle').isHidden()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'embed-example-page.png'), fullPage: true });
    expect(watch.consoleErrors).toEqual([]);
    expectOnlyRequestsTo(watch, [site.url, api.url]);
    await close();
  });
});
