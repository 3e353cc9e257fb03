// Browser tests of translated layouts: each step of a booking in German (long words), Japanese,
// Arabic (right to left) and Russian, at 320 px and full width, with screenshots to look at.
// Nothing may stick out sideways, and weekday names must each stay inside their own column.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import ar from '../../src/i18n/catalogs/ar';
import de from '../../src/i18n/catalogs/de';
import ja from '../../src/i18n/catalogs/ja';
import ru from '../../src/i18n/catalogs/ru';
import { alignCatalogDigits } from '../../src/i18n/formatters/catalogDigits';
import type { Messages } from '../../src/i18n/Messages';
import { horizontalOverflow, screenshotMain, widgetOf } from './helpers/galleryDriver';
import { useGalleryPage } from './helpers/useGalleryPage';

const gallery = useGalleryPage();
const { open, unexpectedProblems } = gallery;
let page: Page;

beforeAll(() => {
  page = gallery.page;
});

/** Widest weekday text beside its column, and the smallest gap between neighbouring names (px). */
async function weekdayFit(target: Page): Promise<{ overflow: number; gap: number }> {
  return target.locator('.dev-main .ms-calendar__weekday').evaluateAll((cells) => {
    const boxes = cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return { text: range.getBoundingClientRect(), cell: cell.getBoundingClientRect() };
    });
    const overflow = Math.max(...boxes.map(({ text, cell }) => Math.max(cell.left - text.left, text.right - cell.right)));
    const sorted = boxes.map(({ text }) => text).sort((a, b) => a.left - b.left);
    const gap = Math.min(...sorted.slice(1).map((box, index) => box.left - sorted[index]!.right));
    return { overflow, gap };
  });
}

/** A label that starts with the text (the required marker may follow). */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const locales: Array<[string, Messages]> = [
  ['de-DE', de],
  ['ja-JP', ja],
  ['ar-EG', ar],
  ['ru', ru],
];

describe('translated layouts', () => {
  it.each(locales)('%s: every step in its language, nothing sticking out at 320 px', async (locale, messages) => {
    // The widget writes the Arabic catalog's numbers in ar-EG's digits; so must the expected names.
    alignCatalogDigits('ar', locale);
    for (const width of ['320', 'full']) {
      const name = (step: string) => `locale-${locale}-${step}-${width}`;
      await open('web-conference', `&locale=${locale}&width=${width}`);
      const widget = widgetOf(page);
      expect(await widget.getAttribute('lang')).toBe(locale);
      await widget.getByRole('combobox', { name: messages.timeZoneLabel }).waitFor();
      expect(await horizontalOverflow(page)).toEqual({ widget: 0, container: 0 });
      const fit = await weekdayFit(page);
      expect(fit.overflow, 'a weekday name runs out of its column').toBeLessThanOrEqual(0.5);
      expect(fit.gap, 'weekday names run together').toBeGreaterThanOrEqual(2);
      await screenshotMain(page, name('calendar'));

      await widget.getByRole('radio').first().click();
      const book = widget.getByRole('button', { name: messages.bookMeeting });
      await book.waitFor();
      await book.click();
      await widget.getByRole('group', { name: messages.errorSummaryHeading(3) }).waitFor();
      expect(await horizontalOverflow(page)).toEqual({ widget: 0, container: 0 });
      await screenshotMain(page, name('form-errors'));

      await widget.getByLabel(startsWith(messages.firstNameLabel)).fill('Ada');
      await widget.getByLabel(startsWith(messages.lastNameLabel)).fill('Lovelace');
      await widget.getByLabel(startsWith(messages.emailLabel)).fill('ada@example.com');
      await book.click();
      await widget.getByRole('heading', { name: messages.bookedHeading }).waitFor();
      expect(await horizontalOverflow(page)).toEqual({ widget: 0, container: 0 });
      await screenshotMain(page, name('confirmation'));
    }
    expect(unexpectedProblems()).toEqual([]);
  }, 60_000);
});
