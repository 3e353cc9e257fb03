// The loader (dist/meeting-scheduler.js) and the files beside the embed, in real Chromium: each
// widget's first request starts before the embed has loaded and is not sent twice, and when its
// answer is in first the widget renders the calendar without a loading view; the form and
// confirmation come from beside the bundle once the calendar shows, and a failed load of them can
// be retried; DOMPurify is fetched only when a consent text with HTML is shown; the README's rule
// reserving the widget's height keeps the page below it still.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../src/mock/server/index';
import { assertEmbedBuilt, bookFirstFreeSlot, hostPage, newPage, openTestPage, TEST_PAGE_DIR, watchPage } from './embedHarness';
import { launchChromium } from './helpers/launchChromium';
import { serveStatic, type StaticServer } from './helpers/serveStatic';

let browser: Browser;
let site: StaticServer;
let api: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  assertEmbedBuilt();
  site = await serveStatic([TEST_PAGE_DIR, '.']);
  api = await startMockServer({ port: 0, host: '127.0.0.1', log: () => {} });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
});

const isBookingInfo = (slug: string) => (url: string) => url.includes(`/meeting-links/book/${slug}?`);

describe('the loader, meeting-scheduler.js', () => {
  it('starts each widget’s booking-info request before the embed loads, once, and the widgets render', async () => {
    const { page, close } = await newPage(browser);
    try {
      const watch = watchPage(page, [/ERR_NAME_NOT_RESOLVED/]); // avatars on example.com
      const body = ['menelson', 'consent-required']
        .map((slug) => `<meeting-scheduler id="${slug}" slug="${slug}" api-base-url="${api.url}"></meeting-scheduler>`)
        .join('');
      await openTestPage(page, site.url, 'loader', hostPage({ hostile: false, body: `${body}<script src="/dist/meeting-scheduler.js"></script>` }));
      for (const slug of ['menelson', 'consent-required']) {
        await page.locator(`#${slug}`).getByRole('grid').getByRole('button', { disabled: false }).first().waitFor();
      }
      const embedAt = watch.requests.findIndex((url) => url.endsWith('/dist/meeting-scheduler.embed.js'));
      expect(embedAt).toBeGreaterThan(0);
      for (const slug of ['menelson', 'consent-required']) {
        const requests = watch.requests.filter(isBookingInfo(slug));
        expect(requests, slug).toHaveLength(1);
        expect(watch.requests.findIndex(isBookingInfo(slug)), slug).toBeLessThan(embedAt);
      }
      // Nobody showed a consent text yet: DOMPurify's file was not fetched.
      expect(watch.requests.filter((url) => url.includes('.dompurify.js'))).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

/** Watches every shadow root from its creation: did the widget ever show its loading view? */
const WATCH_LOADING_VIEW = `
  window.__sawLoading = false;
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    new MutationObserver(() => {
      window.__sawLoading ||= root.querySelector('.ms-loading') !== null;
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
`;

describe('the loader’s answer and the embed, in either order', () => {
  /** A page with one widget and the loader, the embed and the booking info held back. */
  async function heldPage(name: string) {
    const { page, close } = await newPage(browser);
    const watch = watchPage(page, [/ERR_NAME_NOT_RESOLVED/]);
    await page.addInitScript(WATCH_LOADING_VIEW);
    const embed = heldBack();
    const bookingInfo = heldBack();
    await page.route('**/dist/meeting-scheduler.embed.js', async (route) => {
      await embed.held;
      await route.continue();
    });
    await page.route(
      (url) => isBookingInfo('menelson')(url.href),
      async (route) => {
        await bookingInfo.held;
        await route.continue();
      },
    );
    const open = () => {
      const body = `<meeting-scheduler id="w" slug="menelson" api-base-url="${api.url}"></meeting-scheduler><script src="/dist/meeting-scheduler.js"></script>`;
      return openTestPage(page, site.url, name, hostPage({ hostile: false, body }), 'domcontentloaded');
    };
    const firstDay = () => page.locator('#w').getByRole('grid').getByRole('button', { disabled: false }).first().waitFor();
    return { page, close, watch, embed, bookingInfo, open, firstDay };
  }

  it('answer first (a slow link): the first render is the calendar, with no loading view', async () => {
    const { page, close, watch, embed, bookingInfo, open, firstDay } = await heldPage('loader-answer-first');
    try {
      // The loader reads the body as it arrives; the embed comes a moment after, as on a slow link.
      page.on('requestfinished', (request) => {
        if (isBookingInfo('menelson')(request.url())) setTimeout(embed.release, 100);
      });
      bookingInfo.release();
      await open();
      await firstDay();
      expect(await page.evaluate('window.__sawLoading')).toBe(false);
      expect(watch.requests.filter(isBookingInfo('menelson'))).toHaveLength(1);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('embed first: the loading view, then the loader’s answer, still one request', async () => {
    const { page, close, watch, embed, bookingInfo, open, firstDay } = await heldPage('loader-embed-first');
    try {
      embed.release();
      await open();
      await page.waitForFunction('window.__sawLoading');
      bookingInfo.release();
      await firstDay();
      expect(watch.requests.filter(isBookingInfo('menelson'))).toHaveLength(1);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('DOMPurify beside the embed', () => {
  it('is fetched from beside the bundle when the consent text shows, and sanitizes it', async () => {
    const { page, close } = await newPage(browser);
    try {
      const watch = watchPage(page, [/ERR_NAME_NOT_RESOLVED/]); // avatars on example.com
      const body = `<meeting-scheduler id="consent" slug="consent-required" api-base-url="${api.url}"></meeting-scheduler><script src="/dist/meeting-scheduler.embed.js"></script>`;
      await openTestPage(page, site.url, 'sanitizer-beside', hostPage({ hostile: false, body }));
      const widget = page.locator('#consent');
      await widget.getByRole('grid').getByRole('button', { disabled: false }).first().click();
      expect(watch.requests.filter((url) => url.includes('.dompurify.js'))).toEqual([]);
      await widget.getByRole('radiogroup').getByRole('radio').first().click();
      // Sanitized HTML, not escaped text: the <strong> is an element, the onerror image is gone.
      await widget.locator('strong', { hasText: 'Please tick below' }).waitFor();
      expect(await widget.locator('img[onerror]').count()).toBe(0);
      expect(watch.requests.filter((url) => url.includes('.dompurify.js'))).toEqual([`${site.url}/dist/meeting-scheduler.embed.dompurify.js`]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the form and confirmation beside the embed', () => {
  const BOOKING_FILE = '/dist/meeting-scheduler.embed.booking.js';

  it('load once the calendar shows, on the embed’s own modules, and book', async () => {
    const { page, close } = await newPage(browser);
    try {
      const watch = watchPage(page, [/ERR_NAME_NOT_RESOLVED/]); // avatars on example.com
      const body = `<meeting-scheduler id="w" slug="menelson" api-base-url="${api.url}"></meeting-scheduler><script src="/dist/meeting-scheduler.embed.js"></script>`;
      await openTestPage(page, site.url, 'booking-beside', hostPage({ hostile: false, body }));
      const widget = page.locator('#w');
      await widget.getByRole('grid').getByRole('button', { disabled: false }).first().waitFor();
      // Asked for while the visitor is still choosing, not when the time is picked.
      await expect.poll(() => watch.requests.filter((url) => url.endsWith(BOOKING_FILE))).toHaveLength(1);
      expect(await bookFirstFreeSlot(widget, { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' })).toMatch(/^Meeting (booked|requested)$/);
      expect(watch.requests.filter((url) => url.includes('.embed.booking.js'))).toEqual([`${site.url}${BOOKING_FILE}`]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('failing to load, say so with the chosen time kept, and load on Try again', async () => {
    const { page, close } = await newPage(browser);
    try {
      const watch = watchPage(page, [/ERR_NAME_NOT_RESOLVED/, /ERR_FAILED/]);
      let blocked = true;
      await page.route(`**${BOOKING_FILE}`, (route) => (blocked ? route.abort() : route.continue()));
      const body = `<meeting-scheduler id="w" slug="menelson" api-base-url="${api.url}"></meeting-scheduler><script src="/dist/meeting-scheduler.embed.js"></script>`;
      await openTestPage(page, site.url, 'booking-beside-fails', hostPage({ hostile: false, body }));
      const widget = page.locator('#w');
      await widget.getByRole('grid').getByRole('button', { disabled: false }).first().click();
      const time = widget.getByRole('radiogroup').getByRole('radio').first();
      const chosen = (await time.textContent())?.trim() ?? '';
      await time.click();
      await widget.getByRole('alert').waitFor();
      expect(await widget.locator('form.ms-booking-form').count()).toBe(0);

      blocked = false;
      await widget.getByRole('button', { name: 'Try again' }).click();
      await widget.locator('form.ms-booking-form').waitFor();
      // The summary shows the range ("9:00 – 9:15 AM") that starts at the time picked ("9:00 AM").
      const startsAt = chosen.split(/\s/)[0] ?? '';
      expect(startsAt).toMatch(/^\d{1,2}:\d{2}$/);
      expect(await widget.locator('section.ms-booking').textContent()).toContain(startsAt);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

/** The README's `<style>` that reserves the widget's height until the element is defined, as written there. */
function readmeReserveRule(): string {
  const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```html\n([\s\S]*?)```/g)].map(
    (match) => match[1] ?? '',
  );
  const rule = blocks.find((block) => block.includes('meeting-scheduler:not(:defined)'));
  if (!rule) throw new Error('README.md has no html snippet with meeting-scheduler:not(:defined)');
  return rule;
}

/** Top of the text below the widget, in px from the top of the page. */
const belowTop = (page: Page): Promise<number> =>
  page.locator('#below').evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

/** A request that waits until `release()`; the route handler holds it back. */
function heldBack(): { held: Promise<void>; release: () => void } {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  return { held, release };
}

describe('reserving the widget’s height (README)', () => {
  // The embed and the booking info are held back, so the page paints once without the widget's
  // code and once with its loading view, as on a slow link.
  it.for([
    { width: 376, rule: true },
    { width: 1280, rule: true },
    { width: 1280, rule: false },
  ])('viewport $width px, rule $rule', async ({ width, rule }) => {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      locale: 'en-US',
      timezoneId: 'America/New_York',
      reducedMotion: 'reduce',
    });
    try {
      const page = await context.newPage();
      const embed = heldBack();
      await page.route('**/dist/meeting-scheduler.embed.js', async (route) => {
        await embed.held;
        await route.continue();
      });
      const bookingInfo = heldBack();
      await page.route(
        (url) => isBookingInfo('menelson')(url.href),
        async (route) => {
          await bookingInfo.held;
          await route.continue();
        },
      );
      const body = `<p>Text above.</p><meeting-scheduler id="widget" slug="menelson" api-base-url="${api.url}"></meeting-scheduler><p id="below">Text below.</p><script src="/dist/meeting-scheduler.js" async></script>`;
      // In the page's flow (hostPage places widgets absolutely), so the text below can move.
      const html = hostPage({ hostile: false, head: rule ? readmeReserveRule() : '', body }).replace(
        /<section style="[^"]*">/,
        '<section>',
      );
      // Not until `load`: the held embed would delay it.
      await openTestPage(page, site.url, `reserve-${width}-${rule}`, html, 'domcontentloaded');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      const before = await belowTop(page);

      embed.release();
      const widget = page.locator('#widget');
      await widget.locator('.ms-loading').first().waitFor();
      const height = await widget.evaluate((element) => element.getBoundingClientRect().height);
      const moved = Math.abs((await belowTop(page)) - before);
      if (rule) expect(moved, `moved ${moved} px beside a ${height} px widget`).toBeLessThanOrEqual(0.05 * height);
      else expect(moved, 'without the rule the text below moves by the widget’s height').toBeGreaterThan(0.9 * height);

      bookingInfo.release();
      await widget.getByRole('grid').getByRole('button', { disabled: false }).first().waitFor();
    } finally {
      await context.close();
    }
  });
});
