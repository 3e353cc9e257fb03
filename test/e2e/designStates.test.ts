// States of the redesigned widget that only a real engine can judge: the contrast of selected
// states for hard brand colours in light and dark, what forced-colours mode (Windows high
// contrast) keeps visible, and axe in every step at 320, 768 and 1280 px in light and dark.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandingToCssVariables } from '../../src/theme/brandingToCssVariables';
import { contrastRatio } from '../../src/theme/contrastRatio';
import { widgetOf } from './helpers/galleryDriver';
import { fillRequiredFields, newFigureContext, scenarioUrl, type FigureWidth } from './helpers/designFigures';
import { launchChromium } from './helpers/launchChromium';
import { runAxe } from './helpers/runAxe';
import { serveStatic, type StaticServer } from './helpers/serveStatic';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync('dist-gallery/index.html')) throw new Error('dist-gallery/ is missing: run "npm run build:gallery" first.');
  server = await serveStatic(['dist-gallery', 'dist']);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openLoaded(scheme: 'light' | 'dark', width: FigureWidth, options: { forcedColors?: boolean } = {}): Promise<Page> {
  const context = await newFigureContext(browser, { scheme, forcedColors: options.forcedColors });
  const page = await context.newPage();
  await page.goto(scenarioUrl(server.url, 'web-conference', width, scheme));
  await widgetOf(page).locator('.ms-slots__slot').first().waitFor({ timeout: 20_000 });
  return page;
}

/** `rgb(…)` / `rgba(…)` as `#rrggbb` (alpha ignored: the fills measured are opaque). */
function toHex(color: string): string {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return `#${[r, g, b].map((channel) => Math.round(channel ?? 0).toString(16).padStart(2, '0')).join('')}`;
}

describe('selected states keep 3:1 against the card for hard brand colours', () => {
  const brands = ['#ebb70e', '#ffff00', '#ffffff', '#777777', '#000000'];
  it.each(['light', 'dark'] as const)('%s', async (scheme) => {
    const page = await openLoaded(scheme, 1280);
    try {
      for (const brand of brands) {
        // Exactly what the widget puts on .ms-root for a link with this primary colour.
        const variables = brandingToCssVariables({ companyAddress: [], showMarketingAd: false, showSalesAd: false, primaryColor: brand });
        const colors = await widgetOf(page).evaluate((root, vars) => {
          for (const [name, value] of Object.entries(vars)) (root as HTMLElement).style.setProperty(name, value);
          const fill = (selector: string) => {
            const element = root.querySelector(selector);
            if (!element) throw new Error(`nothing matches ${selector}`);
            return getComputedStyle(element).backgroundColor;
          };
          return {
            surface: getComputedStyle(root.querySelector('.ms-card')!).backgroundColor,
            day: fill('.ms-calendar__day[data-selected]'),
            tab: fill('.ms-durations__tab[data-selected]'),
            toggle: fill('.ms-hour-cycle__option[data-selected]'),
          };
        }, variables);
        for (const part of ['day', 'tab', 'toggle'] as const) {
          const ratio = contrastRatio(toHex(colors[part]), toHex(colors.surface));
          expect(ratio, `${scheme} ${brand} selected ${part} ${colors[part]} on ${colors.surface}`).toBeGreaterThanOrEqual(3);
        }
      }
    } finally {
      await page.context().close();
    }
  });
});

describe('forced colours', () => {
  it('keeps the selected day, the focused element and today distinguishable from a plain day', async () => {
    const page = await openLoaded('light', 1280, { forcedColors: true });
    try {
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      // Focus a plain day (no selection, not today) with the keyboard, so :focus-visible applies.
      const look = await widgetOf(page).evaluate((root) => {
        const style = (element: Element | null) => {
          if (!element) throw new Error('missing day');
          const own = getComputedStyle(element);
          const after = getComputedStyle(element, '::after');
          return {
            background: own.backgroundColor,
            border: own.borderColor,
            outline: `${own.outlineStyle} ${own.outlineWidth}`,
            mark: `${after.content} ${after.width} ${after.backgroundColor}`,
            markFill: after.backgroundColor,
          };
        };
        const days = [...root.querySelectorAll('.ms-calendar__day')];
        const plain = days.find((day) => !day.hasAttribute('data-selected') && !day.hasAttribute('data-today') && day.hasAttribute('data-available'));
        return {
          plain: style(plain ?? null),
          selected: style(root.querySelector('.ms-calendar__day[data-selected]')),
          today: style(root.querySelector('.ms-calendar__day[data-today]')),
          plainDate: plain?.getAttribute('data-date'),
        };
      });
      expect(look.selected.background, 'selected day fill').not.toBe(look.plain.background);
      expect(look.today.mark, 'today mark').not.toBe(look.plain.mark);
      // The mark is painted in a system colour, not forced to the day's own background.
      expect(look.today.markFill, 'today mark colour').not.toBe(look.today.background);
      // Keyboard focus on the plain day: its outline must differ from the unfocused look.
      await widgetOf(page).locator('.ms-calendar__day[tabindex="0"]').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      const focused = await page.evaluate(() => {
        const element = document.activeElement!;
        const own = getComputedStyle(element);
        return `${own.outlineStyle} ${own.outlineWidth}`;
      });
      expect(focused, 'focus outline').not.toBe(look.plain.outline);
      expect(focused).toMatch(/^solid/);
    } finally {
      await page.context().close();
    }
  });
});

describe('axe in every step', () => {
  const widths: FigureWidth[] = [320, 768, 1280];
  it.each(['light', 'dark'] as const)('%s at 320, 768 and 1280 px: browse, zone list, form, errors, confirmation', async (scheme) => {
    for (const width of widths) {
      const page = await openLoaded(scheme, width);
      try {
        const check = async (state: string) => expect(await runAxe(page, '.dev-main .ms-root'), `${state} at ${width} px (${scheme})`).toEqual([]);
        await check('browse');
        await widgetOf(page).getByRole('combobox', { name: 'Time zone' }).click();
        await widgetOf(page).getByRole('listbox').waitFor();
        await check('zone list');
        await page.keyboard.press('Escape');
        await widgetOf(page).locator('.ms-slots__slot').first().click();
        await widgetOf(page).locator('.ms-booking-form__submit').waitFor();
        await check('form');
        await widgetOf(page).locator('.ms-booking-form__submit').click();
        await widgetOf(page).locator('.ms-error-summary').waitFor();
        await check('form errors');
        await fillRequiredFields(page);
        await widgetOf(page).locator('.ms-booking-form__submit').click();
        await widgetOf(page).locator('.ms-confirmation').waitFor({ timeout: 20_000 });
        await check('confirmation');
      } finally {
        await page.context().close();
      }
    }
  }, 180_000);
});
