// Issue 14: focus, announcements, names and DST-repeated times, in the embed's shadow root and in
// a host's own React app on the built package. A focus sampler records the deep activeElement
// every animation frame and fails on any frame with focus on <body>.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakeScheduler, createScenarioScheduler } from '../../src/mock/index';
import { startMockServer } from '../../src/mock/server/index';
import { assertEmbedBuilt } from './embedHarness';
import { buildReactPage, REACT_PAGE_DIR } from './helpers/buildReactPage';
import { writeEmbedHostPage } from './helpers/embedHostPage';
import { announcerText, expectFocusNeverLost, focused, startFocusSampler, stopFocusSampler, tabTo } from './helpers/focusDriver';
import { dstLink, DST_NOW } from './helpers/dstLink';
import { launchChromium } from './helpers/launchChromium';
import { writeTrap } from './helpers/pageTrap';
import { runAxe } from './helpers/runAxe';
import { serveStatic, type StaticServer } from './helpers/serveStatic';

const PAGE_DIR = resolve('test-results/a11y');
let browser: Browser;
let site: StaticServer;
let api: { url: string; close: () => Promise<void> };
let dstApi: { url: string; close: () => Promise<void> };
const dstScheduler = createFakeScheduler({ now: DST_NOW, links: [dstLink] });

beforeAll(async () => {
  assertEmbedBuilt();
  writeTrap(PAGE_DIR);
  writeEmbedHostPage(PAGE_DIR);
  await buildReactPage();
  writeTrap(REACT_PAGE_DIR);
  site = await serveStatic([PAGE_DIR, REACT_PAGE_DIR, '.']);
  api = await startMockServer({ port: 0, host: '127.0.0.1', scheduler: createScenarioScheduler(), log: () => {} });
  dstApi = await startMockServer({ port: 0, host: '127.0.0.1', scheduler: dstScheduler, log: () => {} });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
  await dstApi?.close();
});

const BUILDS = [
  { build: 'embed', path: '/embed.html', axeRoot: '#widget' },
  { build: 'React', path: '/react.html', axeRoot: '.ms-root' },
] as const;

/** A page of the build with the widget mounted; the browser is in `timezoneId`. */
async function open(
  path: string,
  slug: string,
  options: { apiUrl?: string; extra?: Record<string, unknown>; timezoneId?: string; now?: number } = {},
): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1000, height: 900 },
    locale: 'en-US',
    timezoneId: options.timezoneId ?? 'America/New_York',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (options.now !== undefined) await page.clock.setFixedTime(options.now);
  await page.goto(`${site.url}${path}`);
  await page.waitForFunction(() => typeof (window as unknown as { __mount?: unknown }).__mount === 'function');
  await page.evaluate(
    ([name, url, extra]) => (window as unknown as { __mount: (s: string, a: string, e?: unknown) => void }).__mount(name, url, extra),
    [slug, options.apiUrl ?? api.url, options.extra ?? {}] as const,
  );
  await page.getByRole('grid').waitFor();
  return { page, errors, close: () => context.close() };
}

/** Holds the book request for `ms`, so the pending state can be watched. */
async function slowBooking(page: Page, ms: number): Promise<void> {
  await page.route(
    (url) => url.pathname.endsWith('/book'),
    async (route) => {
      if (route.request().method() === 'POST') await new Promise((done) => setTimeout(done, ms));
      await route.continue();
    },
  );
}

/** Clicks the first day with times and its first time, then waits for the form. */
async function openForm(page: Page): Promise<void> {
  await page.getByRole('grid').getByRole('button', { disabled: false }).first().click();
  await page.getByRole('radiogroup').getByRole('radio').first().click();
  await page.getByRole('heading', { name: 'Enter your details' }).waitFor();
}

describe.each(BUILDS)('$build build', ({ path, axeRoot }) => {
  it('names the focused day with its times and "selected", and the time list with its zone (items 5, 6)', async () => {
    const { page, close } = await open(path, 'round-robin');
    try {
      await tabTo(page, (element) => element.className.includes('ms-calendar__day'));
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused(page)).name).toMatch(/^\w+day, \w+ \d{1,2}, \d{4}, \d+ times? available, selected$/);
      const dayName = (await focused(page)).name;
      const radios = await page.getByRole('radiogroup').getByRole('radio').count();
      expect(dayName).toContain(`, ${radios} time${radios === 1 ? '' : 's'} available`);
      const description = await page.getByRole('radiogroup').evaluate((group) => {
        const root = group.getRootNode() as Document | ShadowRoot;
        return root.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent;
      });
      expect(description).toBe('Eastern Time');
      expect(await runAxe(page, axeRoot)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('books by keyboard alone, focus never on <body>, on the step headings, "Booking…" announced (items 1, 2)', async () => {
    const { page, close, errors } = await open(path, 'round-robin');
    try {
      await slowBooking(page, 1500);
      // The form's chunk, fetched once the calendar shows, is in. On a loaded machine it can still
      // be on its way when the time is chosen, and focus then waits on the step's frame (the
      // fallback that keeps it off <body>), which is not what this test is about.
      await page.waitForLoadState('networkidle');
      await tabTo(page, (element) => element.className.includes('ms-calendar__day'));
      await startFocusSampler(page);
      await page.keyboard.press('Enter');
      await tabTo(page, (element) => element.role === 'radio');
      await page.keyboard.press('Enter');
      // Item 1: focus stays on the form's heading, not on the step's frame.
      await expect.poll(async () => (await focused(page)).text, { timeout: 5000 }).toBe('Enter your details');
      await page.waitForTimeout(300);
      expect(await focused(page)).toMatchObject({ tag: 'H2', text: 'Enter your details' });

      for (const [label, value] of [
        ['First name', 'Ada'],
        ['Last name', 'Lovelace'],
        ['Email', 'ada@example.com'],
      ]) {
        await tabTo(page, (element) => element.tag === 'INPUT' && element.name.startsWith(label!));
        await page.keyboard.type(value!);
      }
      await tabTo(page, (element) => element.text === 'Book meeting');
      await page.keyboard.press('Enter');
      // Item 2: the pressed button keeps focus, is aria-disabled, and the progress is announced.
      await expect.poll(async () => (await focused(page)).text).toBe('Booking…');
      expect((await focused(page)).ariaDisabled).toBe('true');
      await expect.poll(() => announcerText(page)).toContain('Booking…');
      await page.keyboard.press('Enter');

      await expect.poll(async () => (await focused(page)).text, { timeout: 10_000 }).toBe('Meeting booked');
      await page.waitForTimeout(300);
      expect(await focused(page)).toMatchObject({ tag: 'H2', text: 'Meeting booked' });
      const samples = await stopFocusSampler(page);
      expectFocusNeverLost(samples);
      expect(samples).not.toContain('DIV.ms-step');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps focus on a day through keyboard month changes, and handles fast arrows in order (item 7)', async () => {
    const { page, close } = await open(path, 'round-robin');
    try {
      const month = (await page.getByRole('grid').locator('button[tabindex="0"]').getAttribute('data-date'))!.slice(0, 7);
      await page.getByRole('grid').locator(`button[data-date="${month}-10"]`).focus();
      await startFocusSampler(page);
      await page.keyboard.press('PageDown');
      await expect.poll(async () => (await focused(page)).dataDate?.slice(0, 7)).not.toBe(month);
      expect((await focused(page)).dataDate?.slice(8)).toBe('10');
      await page.keyboard.press('PageUp');
      await expect.poll(async () => (await focused(page)).dataDate).toBe(`${month}-10`);
      expectFocusNeverLost(await stopFocusSampler(page));

      // Five presses in one task, before any render: each must start from the one before.
      await page.evaluate(() => {
        const deep = (): Element | null => {
          let element: Element | null = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          return element;
        };
        for (let press = 0; press < 5; press += 1) {
          deep()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true }));
        }
      });
      await expect.poll(async () => (await focused(page)).dataDate).toBe(`${month}-15`);
      await page.waitForTimeout(200);
      expect((await focused(page)).dataDate).toBe(`${month}-15`);
    } finally {
      await close();
    }
  });

  it('moves focus before removing the add button, and announces guests added and removed (items 7, 9)', async () => {
    const { page, close } = await open(path, 'guests');
    try {
      await openForm(page);
      const add = page.getByRole('button', { name: 'Add guest' });
      await add.focus();
      await startFocusSampler(page);
      const announced: string[] = [];
      for (const position of [1, 2, 3]) {
        await add.focus();
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await focused(page)).name).toBe(`Guest ${position} email`);
        announced.push(await announcerText(page));
      }
      // The third was the last allowed: the add button is gone and focus went to the new field.
      expect(await add.count()).toBe(0);
      await page.getByRole('button', { name: 'Remove guest 3' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused(page)).name).toBe('Guest 2 email');
      announced.push(await announcerText(page));
      expectFocusNeverLost(await stopFocusSampler(page));
      expect(announced).toEqual(['Guest added', 'Guest added', 'Guest added', 'Guest removed']);
      expect(await runAxe(page, axeRoot)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('gives custom fields about the visitor an autocomplete token (item 4)', async () => {
    const { page, close } = await open(path, 'custom-fields');
    try {
      await openForm(page);
      expect(await page.getByLabel(/^Phone number/).getAttribute('autocomplete')).toBe('tel');
      expect(await page.getByLabel(/^Company name/).getAttribute('autocomplete')).toBe('organization');
      // A question about something else gets none: autofill would only guess.
      expect(await page.getByLabel(/^Team size/).getAttribute('autocomplete')).toBeNull();
    } finally {
      await close();
    }
  });

  it('announces the time zone combobox’s matches and its active option (item 8)', async () => {
    const { page, close } = await open(path, 'round-robin');
    try {
      const combobox = page.getByRole('combobox', { name: 'Time zone' });
      const status = page.locator('.ms-timezone [role="status"]');
      await combobox.focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await status.textContent()) ?? '').toMatch(/^\d+ time zones$/);
      await page.keyboard.press('ArrowDown');
      const active = page.locator('.ms-timezone [role="option"][aria-selected="true"]');
      await expect.poll(async () => (await status.textContent()) ?? '').toBe((await active.textContent()) ?? 'none');
      await page.keyboard.type('tokyo');
      await expect.poll(async () => (await status.textContent()) ?? '').toBe('1 time zone');
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await status.textContent()) ?? '').toMatch(/Tokyo|Japan/);
    } finally {
      await close();
    }
  });

  describe('DST fall-back, the browser in Asia/Tokyo', () => {
    // Each build books the same 1:30 AM EST.
    beforeEach(() => dstScheduler.reset());

    it('names New York’s two 1:30 AMs of 2 November 2025 apart, in the list, the summary, the confirmation and the .ics (item 3)', async () => {
      const { page, close, errors } = await open(path, 'dst', {
        apiUrl: dstApi.url,
        extra: { timezone: 'America/New_York' },
        timezoneId: 'Asia/Tokyo',
        now: DST_NOW,
      });
      try {
        await page.getByRole('button', { name: 'Next month' }).click();
        await page.getByRole('grid').locator('button[data-date="2025-11-02"]').click();
        const times = page.getByRole('radiogroup', { name: 'Sunday, November 2, 2025' }).getByRole('radio');
        await times.first().waitFor();
        expect(await times.allTextContents()).toEqual([
          '12:00 AM',
          '12:30 AM',
          '1:00 AM EDT',
          '1:30 AM EDT',
          '1:00 AM EST',
          '1:30 AM EST',
          '2:00 AM',
          '2:30 AM',
        ]);
        await page.getByRole('radio', { name: '1:30 AM EST' }).click();
        await page.getByRole('heading', { name: 'Enter your details' }).waitFor();
        expect(await page.locator('.ms-slot-summary__time').textContent()).toMatch(/^1:30 – 2:00 AM EST/);
        await page.getByLabel(/^First name/).fill('Ada');
        await page.getByLabel(/^Last name/).fill('Lovelace');
        await page.getByLabel(/^Email/).fill('ada@example.com');
        await page.getByRole('button', { name: 'Book meeting' }).click();
        await page.getByRole('heading', { name: 'Meeting booked' }).waitFor();
        expect(await page.locator('.ms-confirmation__details').textContent()).toContain('1:30 – 2:00 AM EST');
        const ics = decodeURIComponent((await page.getByRole('link', { name: /\.ics/ }).getAttribute('href')) ?? '');
        // UTC in the file: 06:30Z is the second 1:30 (EST), whatever zone the calendar app is in.
        expect(ics).toContain('DTSTART:20251102T063000Z');
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });

    it('names London’s two 1:30 AMs of 26 October 2025 apart', async () => {
      const { page, close } = await open(path, 'dst', {
        apiUrl: dstApi.url,
        extra: { timezone: 'Europe/London' },
        timezoneId: 'Asia/Tokyo',
        now: DST_NOW,
      });
      try {
        await page.getByRole('grid').locator('button[data-date="2025-10-26"]').click();
        const times = page.getByRole('radiogroup', { name: 'Sunday, October 26, 2025' }).getByRole('radio');
        await times.first().waitFor();
        const labels = await times.allTextContents();
        expect(new Set(labels).size).toBe(labels.length);
        const halfPastOne = labels.filter((label) => label.startsWith('1:30 AM'));
        expect(halfPastOne).toEqual(['1:30 AM GMT+1', '1:30 AM GMT']);
        // Times that happen once keep the short form.
        expect(labels).toContain('2:30 AM');
      } finally {
        await close();
      }
    });
  });
});
