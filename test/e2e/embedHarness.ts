import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The built bundle the browser tests load; `.ci/run` builds it before them. */
export const EMBED_BUNDLE = resolve('dist/meeting-scheduler.embed.js');
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

/**
 * The hostile page CSS, plus inherited properties the widget's root does not set itself
 * (only the embed's `all: initial` reset stops those). The widget must look the same under it.
 */
export const HOSTILE_CSS = `
  * { font-size: 40px !important; box-sizing: content-box }
  button { all: unset }
  div { display: inline }
  body { text-shadow: 1px 1px 0 red; cursor: wait; font-kerning: none; }
`;

export function assertEmbedBuilt(): void {
  if (!existsSync(EMBED_BUNDLE)) {
    throw new Error(`${EMBED_BUNDLE} is missing: run "npm run build" before the browser tests.`);
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
}

/** What a page did that a test may assert on. */
export interface PageWatch {
  consoleErrors: string[];
  requests: string[];
}

/**
 * Records console errors, uncaught exceptions and every request of a page. `expectedErrors`
 * matches console lines a test provokes on purpose (e.g. the 404 of an unknown slug).
 */
export function watchPage(page: Page, expectedErrors: RegExp[] = []): PageWatch {
  const watch: PageWatch = { consoleErrors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (!expectedErrors.some((pattern) => pattern.test(text))) watch.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => watch.requests.push(request.url()));
  return watch;
}

/** Nothing was requested but the page's own files and the configured API. */
export function expectOnlyRequestsTo(watch: PageWatch, origins: string[]): void {
  // data: URLs (the test pages' empty favicon) never reach the network.
  const foreign = watch.requests.filter((url) => !url.startsWith('data:') && !origins.some((origin) => url.startsWith(`${origin}/`)));
  expect(foreign).toEqual([]);
}

/** Listens to the four events on `document` (they bubble and are composed) into `window.__events`. */
export const RECORD_EVENTS_SCRIPT = `
  window.__events = [];
  for (const name of ['ready', 'slot-select', 'booked', 'error']) {
    document.addEventListener('meeting-scheduler:' + name, (event) => {
      const detail = name === 'error'
        ? { kind: event.detail.kind, status: event.detail.status, message: event.detail.message }
        : event.detail;
      window.__events.push({ name, target: event.target.id, bubbles: event.bubbles, composed: event.composed, detail });
    });
  }
`;

/** One recorded event (see RECORD_EVENTS_SCRIPT). */
export interface RecordedEvent {
  name: 'ready' | 'slot-select' | 'booked' | 'error';
  target: string;
  bubbles: boolean;
  composed: boolean;
  detail: Record<string, unknown>;
}

export async function recordedEvents(page: Page): Promise<RecordedEvent[]> {
  return page.evaluate(() => (window as unknown as { __events: RecordedEvent[] }).__events);
}

/** Waits until `count` events of `name` reached the document from the element with id `target`. */
export async function waitForEvents(page: Page, target: string, name: RecordedEvent['name'], count = 1): Promise<void> {
  await expect
    .poll(async () => (await recordedEvents(page)).filter((event) => event.target === target && event.name === name).length, {
      timeout: 15_000,
    })
    .toBeGreaterThanOrEqual(count);
}

/** Counts of each event name per target element id. */
export function countEvents(events: RecordedEvent[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const event of events) {
    const forTarget = (counts[event.target] ??= {});
    forTarget[event.name] = (forTarget[event.name] ?? 0) + 1;
  }
  return counts;
}

/**
 * Test pages are real files under test-results/ served by the static server: a page fulfilled by
 * `page.route()` has no address, so Chromium counts it as public and its Local Network Access
 * rules then block the widget's requests to the loopback mock server.
 */
export const TEST_PAGE_DIR = resolve('test-results/embed-pages');

/** Writes `html` as `${name}.html` (see TEST_PAGE_DIR) and opens it, until `load` unless told otherwise. */
export async function openTestPage(
  page: Page,
  origin: string,
  name: string,
  html: string,
  waitUntil: 'load' | 'domcontentloaded' = 'load',
): Promise<void> {
  mkdirSync(TEST_PAGE_DIR, { recursive: true });
  writeFileSync(join(TEST_PAGE_DIR, `${name}.html`), html);
  await page.goto(`${origin}/${name}.html`, { waitUntil });
}

/** A plain host page: some content of its own, optional hostile CSS, then `body`. */
export function hostPage(options: { hostile: boolean; body: string; head?: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>host page</title>
  <link rel="icon" href="data:,">
  <style>${options.hostile ? HOSTILE_CSS : ''} .host-card { padding: 8px; border: 1px solid #888; margin: 4px; }</style>
  <script>${RECORD_EVENTS_SCRIPT}</script>
  ${options.head ?? ''}
</head>
<body>
  <header id="host-header" class="host-card"><h1 id="host-heading">Host page</h1><p id="host-text">The host's own text.</p></header>
  <button id="host-button" type="button">Host button</button>
  <div id="host-box" class="host-card">A host div</div>
  <!-- The widgets sit at the same whole-pixel place whatever the host's own content measures, so
       screenshots with and without the hostile CSS compare pixel for pixel. -->
  <section style="position: absolute; top: 640px; left: 0; width: 1000px">${options.body}</section>
</body>
</html>`;
}

/** The embed as a page loads it: from the static server's /dist/. */
export const EMBED_SCRIPT_TAG = '<script src="/dist/meeting-scheduler.embed.js"></script>';

/**
 * Books the first free time of a widget the way a visitor does: a day, a time, the form, submit.
 * Returns the confirmation heading's text.
 */
export async function bookFirstFreeSlot(widget: Locator, visitor: { firstName: string; lastName: string; email: string }): Promise<string> {
  const grid = widget.getByRole('grid');
  await grid.waitFor();
  // Days without times are aria-disabled: Playwright's `disabled: false` skips them.
  await grid.getByRole('button', { disabled: false }).first().click();
  await widget.getByRole('radiogroup').getByRole('radio').first().click();
  await widget.getByLabel('First name').fill(visitor.firstName);
  await widget.getByLabel('Last name').fill(visitor.lastName);
  await widget.getByLabel('Email').fill(visitor.email);
  await widget.getByRole('button', { name: 'Book meeting' }).click();
  const heading = widget.getByRole('heading', { name: /^Meeting (booked|requested)$/ });
  await heading.waitFor();
  return (await heading.textContent()) ?? '';
}

/** Computed styles of page elements (outside any shadow root), by id. */
export async function hostStyles(page: Page, ids: string[], properties: string[]): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(
    ({ ids: elementIds, properties: names }) =>
      Object.fromEntries(
        elementIds.map((id) => {
          const element = document.getElementById(id);
          const style = element ? getComputedStyle(element) : null;
          return [id, Object.fromEntries(names.map((name) => [name, style?.getPropertyValue(name) ?? 'missing']))];
        }),
      ),
    { ids, properties },
  );
}

/** Computed styles and sizes of a widget's parts inside its shadow root, by selector. */
export async function widgetStyles(
  page: Page,
  hostSelector: string,
  selectors: string[],
  properties: string[],
): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(
    ({ hostSelector: host, selectors: parts, properties: names }) => {
      const root = document.querySelector(host)?.shadowRoot;
      return Object.fromEntries(
        parts.map((selector) => {
          const element = root?.querySelector(selector);
          if (!element) return [selector, { missing: 'true' }];
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return [
            selector,
            {
              ...Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)])),
              size: `${Math.round(box.width)}x${Math.round(box.height)}`,
            },
          ];
        }),
      );
    },
    { hostSelector, selectors, properties },
  );
}

/** A fresh page in its own context, closed by the returned function. */
export async function newPage(browser: Browser, timezoneId = 'America/New_York'): Promise<{ page: Page; close: () => Promise<void> }> {
  // Reduced motion: design v2 fades steps in, and pixel comparisons must not catch a frame mid-fade.
  const context = await browser.newContext({
    viewport: { width: 1000, height: 900 },
    locale: 'en-US',
    timezoneId,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { page, close: () => context.close() };
}
