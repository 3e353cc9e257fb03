// Browser tests of the scenario gallery (the built dev page) in Debian's Chromium: the sidebar
// lists every entry, and every scenario and failure variant renders cleanly, with axe finding
// nothing (contrast included) in the state it settles in. Screenshots go to test-results/.
// Booking, narrow/RTL layout and the gallery's controls have their own gallery*.test.ts files;
// the set-up they share is helpers/useGalleryPage.ts (needs `npm run build:gallery`).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshotMain, widgetOf } from './helpers/galleryDriver';
import { entries, settledState, titleOf, variantFaults } from './helpers/galleryEntries';
import { useGalleryPage } from './helpers/useGalleryPage';

const gallery = useGalleryPage();
const { open, expectNoAxeViolations, unexpectedProblems } = gallery;
let page: Page;

beforeAll(() => {
  page = gallery.page;
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
