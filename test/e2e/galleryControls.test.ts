// Browser tests of the gallery's own controls: sidebar filter, controls kept in the hash, the
// callback log, backend reset and latency, and the script-tag tab, which runs the built embed
// (needs `npm run build` besides `npm run build:gallery`; without it the tab explains itself).
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chooseFirstTime,
  confirmationHeading,
  fillVisitor,
  focusedElement,
  screenshotMain,
  waitForWidget,
  widgetOf,
} from './helpers/galleryDriver';
import { defaultGalleryState } from '../../src/dev/GalleryState';
import { entries, titleOf } from './helpers/galleryEntries';
import { runAxe } from './helpers/runAxe';
import { useGalleryPage } from './helpers/useGalleryPage';

const gallery = useGalleryPage();
const { open, unexpectedProblems, loggedEvents, loggedPayload } = gallery;
let page: Page;

beforeAll(() => {
  page = gallery.page;
});

describe('gallery controls', () => {
  it('filters the sidebar, announces the count, and opens a result from the keyboard', async () => {
    await open('menelson');
    const sidebar = page.getByRole('navigation', { name: 'Scenarios' });
    const filter = sidebar.getByLabel('Filter scenarios');
    await filter.fill('gdpr');
    await expect.poll(() => sidebar.getByRole('link').allTextContents()).toEqual([titleOf('consent-required')]);
    expect(await sidebar.getByText(`1 of ${entries.length} scenarios shown`).count()).toBe(1);
    await filter.press('ArrowDown');
    expect(await focusedElement(page)).toMatchObject({ tag: 'a', text: titleOf('consent-required') });
    await page.keyboard.press('Enter');
    await page.locator('#dev-scenario-title').filter({ hasText: titleOf('consent-required') }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe('#scenario=consent-required&tz=America/New_York');
    await waitForWidget(page);

    await filter.fill('no such thing');
    await sidebar.getByText('No scenario matches').waitFor();
    await filter.fill('');
    expect(await sidebar.getByRole('link').count()).toBe(entries.length);
    expect(unexpectedProblems()).toEqual([]);
  });

  it('keeps controls in the hash, opens linked views as linked, and falls back from an invalid hash', async () => {
    await page.goto(`${gallery.url}/#scenario=far-timezone&tz=Asia/Kolkata&locale=de-DE&width=480&hour=24`);
    await page.locator('#dev-scenario-title').filter({ hasText: titleOf('far-timezone') }).waitFor();
    await waitForWidget(page);
    expect(await page.getByLabel('Visitor time zone').inputValue()).toBe('Asia/Kolkata');
    expect(await page.getByLabel('Locale').inputValue()).toBe('de-DE');
    expect(await page.getByLabel('Clock').inputValue()).toBe('24');
    expect(await page.locator('.dev-main .dev-stage__frame').evaluate((frame) => frame.clientWidth)).toBe(480);
    expect(await widgetOf(page).getAttribute('lang')).toBe('de-DE');

    await page.getByLabel('Container width').selectOption('320');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(
      '#scenario=far-timezone&tz=Asia/Kolkata&locale=de-DE&hour=24&width=320',
    );

    // Any IANA zone through "Other…"; a typo is refused and changes nothing.
    await page.getByLabel('Visitor time zone').selectOption({ label: 'Other…' });
    const other = page.getByLabel('Any IANA time zone');
    await other.fill('Mars/Olympus_Mons');
    await other.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'is not an IANA time zone' }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toContain('tz=Asia/Kolkata');
    await other.fill('America/Argentina/Buenos_Aires');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('tz=America/Argentina/Buenos_Aires');
    expect(await page.getByLabel('Visitor time zone').inputValue()).toBe('America/Argentina/Buenos_Aires');

    await page.goto(`${gallery.url}/#scenario=nope&width=999&tz=Bad/Zone&locale=xx`);
    // An unknown scenario falls back to the gallery's default one (design v2: web-conference).
    await page.locator('#dev-scenario-title').filter({ hasText: titleOf(defaultGalleryState.scenario) }).waitFor();
    await waitForWidget(page);
    expect(await page.evaluate(() => window.location.hash)).toBe(`#scenario=${defaultGalleryState.scenario}`);
    expect(unexpectedProblems()).toEqual([]);
  });

  it('logs callbacks newest first, clears the log, and resets the backend so a booked time is free again', async () => {
    await open('web-conference');
    await page.getByRole('button', { name: 'Clear' }).click();
    expect(await page.getByRole('button', { name: 'Clear' }).isDisabled()).toBe(true);
    const firstStart = await widgetOf(page).getByRole('radio').first().getAttribute('data-start');
    await chooseFirstTime(page);
    await fillVisitor(page);
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
    await confirmationHeading(page, false).waitFor();
    expect(await page.locator('.dev-log__item').first().getAttribute('data-event')).toBe('onBooked');
    expect(await loggedPayload('onBooked')).toMatchObject({ start: Number(firstStart), isOffline: false });

    await page.getByRole('button', { name: 'Reset backend' }).click();
    await waitForWidget(page);
    expect(await widgetOf(page).getByRole('radio').first().getAttribute('data-start')).toBe(firstStart);
    await page.getByRole('button', { name: 'Clear' }).click();
    expect(await page.locator('.dev-log__item').count()).toBe(0);
    expect(unexpectedProblems()).toEqual([]);
  });

  it('shows the loading state while a 2 s latency lasts, then the calendar', async () => {
    await open('round-robin');
    await page.getByLabel('Latency').selectOption('2000');
    await page.getByRole('button', { name: 'Reset backend' }).click();
    await widgetOf(page).locator('[aria-busy="true"]').first().waitFor({ timeout: 1_500 });
    expect(await waitForWidget(page)).toBe('calendar');
    await page.getByLabel('Latency').selectOption('0');
    expect(unexpectedProblems()).toEqual([]);
  });
});

describe('script tag tab', () => {
  // CI builds dist/ first (.ci/run), so the embed runs; without a build the tab must explain
  // instead of breaking, which is what a fresh clone's `npm run dev` shows.
  const embedBuilt = existsSync('dist/meeting-scheduler.embed.js');

  it(`${embedBuilt ? 'runs the built embed on a plain page and logs its DOM events' : 'explains how to build the embed'}`, async () => {
    await open('web-conference');
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('tab', { name: 'Script tag' }).click();
    expect(await page.evaluate(() => window.location.hash)).toContain('tab=script-tag');
    expect(await page.locator('.dev-code').textContent()).toContain('<meeting-scheduler slug="web-conference"');

    if (embedBuilt) {
      const frame = page.frameLocator('iframe[title="Script-tag embed on a plain page"]');
      const embedded = frame.locator('meeting-scheduler');
      await embedded.getByRole('radio').first().click({ timeout: 15_000 });
      await embedded.getByLabel('First name').fill('Ada');
      await embedded.getByLabel('Last name').fill('Lovelace');
      await embedded.getByLabel('Email').fill('ada@example.com');
      await embedded.getByRole('button', { name: 'Book meeting' }).click();
      await embedded.getByRole('heading', { name: 'Meeting booked' }).waitFor();
      await expect
        .poll(() => loggedEvents())
        .toEqual(['meeting-scheduler:ready', 'meeting-scheduler:slot-select', 'meeting-scheduler:booked']);
      const embedFrame = page.frames().find((candidate) => candidate.url().includes('embed-preview'));
      if (!embedFrame) throw new Error('the embed frame is missing');
      expect(await runAxe(embedFrame, 'meeting-scheduler')).toEqual([]);
    } else {
      await page.getByText('The embed bundle is not built yet').waitFor();
    }
    await screenshotMain(page, 'script-tag');
    await page.getByRole('tab', { name: 'React component' }).click();
    expect(await waitForWidget(page)).toBe('calendar');
    expect(unexpectedProblems()).toEqual([]);
  });
});
