// The design figures of issue 11, measured in real Chromium on the fake backend for every gallery
// scenario: bounded heights and widths, a skeleton the size of the view, steady heights between
// steps, nothing below the widget moving on a month change, layout shift under 0.02, and
// screenshots of each step at 320/768/1280 px in light and dark (test-results/screenshots/), and a
// skeleton that pulses as one piece.
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it, type ExpectStatic } from 'vitest';
import { widgetOf } from './helpers/galleryDriver';
import { entries, settledState } from './helpers/galleryEntries';
import {
  fillRequiredFields,
  layoutShiftSince,
  markShifts,
  newFigureContext,
  scenarioUrl,
  screenshotWidget,
  widestOf,
  widgetBottom,
  widgetHeight,
  type FigureWidth,
} from './helpers/designFigures';
import { launchChromium } from './helpers/launchChromium';
import { serveStatic, type StaticServer } from './helpers/serveStatic';

const scenarioIds = entries.filter((entry) => entry.kind === 'scenario').map((entry) => entry.id);
const MAX_BROWSE_HEIGHT = 760;
const MAX_TIME_WIDTH = 280;
const MAX_INPUT_WIDTH = 560;
const MAX_SHIFT = 0.02;

let server: StaticServer;
let browser: Browser;
const contexts: Partial<Record<'light' | 'dark', BrowserContext>> = {};

beforeAll(async () => {
  if (!existsSync('dist-gallery/index.html')) throw new Error('dist-gallery/ is missing: run "npm run build:gallery" first.');
  server = await serveStatic(['dist-gallery', 'dist']);
  browser = await launchChromium();
  contexts.light = await newFigureContext(browser, { scheme: 'light' });
  contexts.dark = await newFigureContext(browser, { scheme: 'dark' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pageFor(scheme: 'light' | 'dark'): Promise<Page> {
  const context = contexts[scheme];
  if (!context) throw new Error('no context');
  return context.newPage();
}

/** Waits until the loaded browse view (times, empty or error) replaced the skeleton. */
async function waitLoaded(page: Page): Promise<'calendar' | 'empty' | 'error'> {
  const widget = widgetOf(page);
  await widget.locator('.ms-slots__slot, .ms-empty, .ms-error, .ms-slots__empty').first().waitFor({ timeout: 20_000 });
  await widget.locator('.ms-loading').waitFor({ state: 'detached', timeout: 20_000 });
  if (await widget.locator('.ms-error').count()) return 'error';
  if (await widget.locator('.ms-empty').count()) return 'empty';
  return 'calendar';
}

/** Waits for the confirmation; a form that still has problems fails with what they are. */
async function expectConfirmation(page: Page, expect: ExpectStatic): Promise<void> {
  const widget = widgetOf(page);
  await widget.locator('.ms-confirmation, .ms-error-summary, .ms-booking-failure').first().waitFor({ timeout: 20_000 });
  const problems = await widget.locator('.ms-error-summary, .ms-booking-failure').allTextContents();
  expect(problems, 'the form was filled in').toEqual([]);
}

const wide: FigureWidth[] = [1280, 768];

// Concurrent: most of each case is the slow backend's 2 s answers, which pages can wait out side
// by side (vitest.e2e.config.ts caps how many). Each has its own page, so its figures are its own.
describe.each(wide)('at %i px', (width) => {
  it.concurrent.for(scenarioIds)('%s: bounded, steady and still', async (id, { expect }) => {
    const page = await pageFor('light');
    try {
      // Load with a slow backend, so the skeleton is on screen long enough to measure.
      await page.goto(scenarioUrl(server.url, id, width, 'light', '&latency=2000'));
      await widgetOf(page).locator('.ms-loading').first().waitFor({ timeout: 20_000 });
      const skeleton = await widgetHeight(page);
      const state = await waitLoaded(page);
      expect(state).toBe(settledState[id] ?? 'calendar');
      const loaded = await widgetHeight(page);
      expect(Math.abs(loaded - skeleton) / loaded, `skeleton ${skeleton} px vs loaded ${loaded} px`).toBeLessThanOrEqual(0.05);
      expect(await layoutShiftSince(page), 'layout shift while loading').toBeLessThan(MAX_SHIFT);
      expect(loaded, 'browse height').toBeLessThanOrEqual(MAX_BROWSE_HEIGHT);
      if (state !== 'calendar') return;
      expect(await widestOf(page, '.ms-slots__slot'), 'widest time button').toBeLessThanOrEqual(MAX_TIME_WIDTH);

      // A month change (and back) moves nothing below the widget and shifts nothing.
      const bottom = await widgetBottom(page);
      const next = widgetOf(page).locator('.ms-calendar__nav-button[data-direction="next"]');
      if ((await next.getAttribute('aria-disabled')) !== 'true') {
        const caption = await widgetOf(page).locator('.ms-calendar__caption').textContent();
        const monthStart = await markShifts(page);
        await next.click();
        await expect.poll(() => widgetOf(page).locator('.ms-calendar__caption').textContent()).not.toBe(caption);
        expect(await widgetBottom(page), 'widget bottom during the month change').toBe(bottom);
        await widgetOf(page).locator('.ms-calendar[data-busy]').waitFor({ state: 'detached', timeout: 20_000 });
        expect(await widgetBottom(page), 'widget bottom after the month change').toBe(bottom);
        expect(await widgetHeight(page), 'browse height in the next month').toBeLessThanOrEqual(MAX_BROWSE_HEIGHT);
        expect(await layoutShiftSince(page, monthStart), 'layout shift of a month change').toBeLessThan(MAX_SHIFT);
        await widgetOf(page).locator('.ms-calendar__nav-button[data-direction="previous"]').click();
        await expect.poll(() => widgetOf(page).locator('.ms-calendar__caption').textContent()).toBe(caption);
        await widgetOf(page).locator('.ms-slots__slot').first().waitFor({ timeout: 20_000 });
      }

      // Choosing a time: the form keeps the card's height and shifts nothing.
      const browse = await widgetHeight(page);
      const stepStart = await markShifts(page);
      await widgetOf(page).locator('.ms-slots__slot').first().click();
      await widgetOf(page).locator('.ms-booking-form__submit').waitFor();
      const form = await widgetHeight(page);
      expect(await layoutShiftSince(page, stepStart), 'layout shift of the step change').toBeLessThan(MAX_SHIFT);
      expect(await widestOf(page, '.ms-booking-form input, .ms-booking-form select, .ms-booking-form textarea'), 'widest input').toBeLessThanOrEqual(
        MAX_INPUT_WIDTH,
      );
      expect(Math.abs(form - browse) / browse, `form ${form} px vs browse ${browse} px`).toBeLessThanOrEqual(0.1);

      await fillRequiredFields(page);
      await widgetOf(page).locator('.ms-booking-form__submit').click();
      await expectConfirmation(page, expect);
      const done = await widgetHeight(page);
      expect(Math.abs(done - browse) / browse, `confirmation ${done} px vs browse ${browse} px`).toBeLessThanOrEqual(0.1);
    } finally {
      await page.close();
    }
  });
});

describe('screenshots of every step', () => {
  const widths: FigureWidth[] = [320, 768, 1280];
  it.concurrent.for<'light' | 'dark'>(['light', 'dark'])(
    '%s: browse, zone list, form, errors and confirmation at 320, 768 and 1280 px',
    { timeout: 240_000 },
    async (scheme, { expect }) => {
      const page = await pageFor(scheme);
      try {
        for (const width of widths) {
          for (const id of ['web-conference', 'menelson', 'consent-required']) {
            const name = `${id}-${width}-${scheme}`;
            await page.goto(scenarioUrl(server.url, id, width, scheme));
            await waitLoaded(page);
            await screenshotWidget(page, `${name}-1-browse`);
            await widgetOf(page).getByRole('combobox', { name: 'Time zone' }).click();
            await widgetOf(page).getByRole('listbox').waitFor();
            await screenshotWidget(page, `${name}-2-zones`);
            await page.keyboard.press('Escape');
            await widgetOf(page).locator('.ms-slots__slot').first().click();
            await widgetOf(page).locator('.ms-booking-form__submit').waitFor();
            await screenshotWidget(page, `${name}-3-form`);
            await widgetOf(page).locator('.ms-booking-form__submit').click();
            await widgetOf(page).locator('.ms-error-summary').waitFor();
            await screenshotWidget(page, `${name}-4-errors`);
            await fillRequiredFields(page);
            await widgetOf(page).locator('.ms-booking-form__submit').click();
            await expectConfirmation(page, expect);
            await screenshotWidget(page, `${name}-5-confirmation`);
          }
        }
      } finally {
        await page.close();
      }
    },
  );
});

describe('the skeleton while loading', () => {
  // What pulses, by the class of the element animated: each placeholder as a whole, so a mount
  // starts two animations rather than one per shape, and nothing moves under reduced motion.
  it.concurrent.for([
    { reducedMotion: false, pulsing: ['ms-loading__skeleton ms-panel', 'ms-summary ms-summary--skeleton'] },
    { reducedMotion: true, pulsing: [] },
  ])('reduced motion $reducedMotion: pulsing $pulsing', async ({ reducedMotion, pulsing }, { expect }) => {
    const context = await newFigureContext(browser, { scheme: 'light', reducedMotion });
    try {
      const page = await context.newPage();
      await page.goto(scenarioUrl(server.url, 'web-conference', 1280, 'light', '&latency=2000'));
      await widgetOf(page).locator('.ms-loading').first().waitFor({ timeout: 20_000 });
      const animated = await widgetOf(page).evaluate((root) =>
        root
          .getAnimations({ subtree: true })
          .filter((animation) => animation instanceof CSSAnimation && animation.animationName === 'ms-pulse')
          .map((animation) => ((animation.effect as KeyframeEffect | null)?.target as Element | null)?.className ?? '')
          .sort(),
      );
      expect(animated).toEqual(pulsing);
    } finally {
      await context.close();
    }
  });
});
