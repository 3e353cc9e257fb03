// Browser tests of the gallery's layout extremes: every scenario fits a 320 px container (calendar
// and form) with no horizontal scrollbar, and Arabic lays the widget out right to left, cleanly.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseFirstTime, horizontalOverflow, screenshotMain } from './helpers/galleryDriver';
import { entries } from './helpers/galleryEntries';
import { useGalleryPage } from './helpers/useGalleryPage';

const gallery = useGalleryPage();
const { open, expectNoAxeViolations, unexpectedProblems } = gallery;
let page: Page;

beforeAll(() => {
  page = gallery.page;
});

describe('narrow and right-to-left', () => {
  it.each(entries.filter((entry) => entry.kind === 'scenario').map((entry) => [entry.id]))(
    '%s fits a 320 px container with no horizontal scrollbar',
    async (id) => {
      await open(id, '&width=320');
      const frameWidth = await page.locator('.dev-main .dev-stage__frame').evaluate((frame) => frame.clientWidth);
      expect(frameWidth).toBe(320);
      expect(await horizontalOverflow(page)).toEqual({ widget: 0, container: 0 });
      if (id === 'menelson' || id === 'consent-required' || id === 'custom-fields') {
        await screenshotMain(page, `${id}-320`);
        await chooseFirstTime(page);
        expect(await horizontalOverflow(page)).toEqual({ widget: 0, container: 0 });
        await screenshotMain(page, `${id}-320-form`);
      }
      expect(unexpectedProblems()).toEqual([]);
    },
  );

  it('lays the widget out right to left for Arabic, without errors or axe violations', async () => {
    await open('round-robin', '&locale=ar-EG');
    expect(await page.locator('.dev-main .dev-stage__frame').getAttribute('dir')).toBe('rtl');
    await expectNoAxeViolations('ar-EG calendar');
    // The Arabic duration ('٣٠ د', number first in reading order) reads right to left: its number
    // is drawn right of its unit, and in the widget locale's digits (ar-EG: Arabic-Indic).
    const tab = page.locator('.dev-main .ms-root [role="tab"]').first();
    const order = await tab.evaluate((element) => {
      const text = [...element.querySelectorAll('*'), element]
        .flatMap((node) => [...node.childNodes])
        .find((node): node is Text => node instanceof Text && /\p{Nd}/u.test(node.data))!;
      const box = (start: number, end: number) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        return range.getBoundingClientRect();
      };
      const digits = /\p{Nd}+/u.exec(text.data)!;
      const unit = /\p{L}+/u.exec(text.data)!;
      return {
        digits: digits[0],
        numberRightOfUnit: box(digits.index, digits.index + digits[0].length).left > box(unit.index, unit.index + unit[0].length).left,
      };
    });
    expect(order.digits).toMatch(/^[٠-٩]+$/);
    expect(order.numberRightOfUnit).toBe(true);
    // The organizer's English welcome text runs left to right, its full stop at the end.
    const description = page.locator('.dev-main .ms-header__description');
    expect(await description.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await screenshotMain(page, 'round-robin-ar-EG');
    expect(unexpectedProblems()).toEqual([]);
  });
});
