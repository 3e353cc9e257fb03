// Browser tests of the scenario gallery (the built dev page) in Debian's Chromium: every scenario
// renders cleanly, a booking can be made with the keyboard alone, axe finds nothing (contrast
// included) in any main state, and the widget fits a 320 px container.
// Needs `npm run build:gallery` (and `npm run build` for the script-tag tab) beforehand; .ci/run does both.
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGalleryEntries } from '../../src/dev/buildGalleryEntries';
import { failureVariants, scenarios, type MockFault } from '../../src/mock';
import {
  chooseFirstTime,
  confirmationHeading,
  fillVisitor,
  focusedElement,
  horizontalOverflow,
  openView,
  screenshotMain,
  tabTo,
  waitForWidget,
  widgetOf,
  type WidgetState,
} from './helpers/galleryDriver';
import { isExpectedFailure } from './helpers/isExpectedFailure';
import { launchChromium } from './helpers/launchChromium';
import { runAxe } from './helpers/runAxe';
import { serveStatic, type StaticServer } from './helpers/serveStatic';
import { watchPageProblems, type PageProblems } from './helpers/watchPageProblems';

const entries = buildGalleryEntries(scenarios, failureVariants);
const variantFaults = (id: string): readonly MockFault[] =>
  Object.values(failureVariants).find((variant) => variant.id === id)?.faults ?? [];

/** The state each entry settles in; everything not listed shows the calendar. */
const settledState: Record<string, WidgetState> = {
  'no-availability': 'empty',
  'not-found': 'error',
  'server-error-on-load': 'error',
};

// A 1x1 transparent PNG: the machine has no internet, so logos the API data points at (the
// documentation sample's https://example.com/hello.jpg) are answered locally, as a network would.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/**
 * An image, also when MSW's service worker re-fetches it on the page's behalf (the request is then
 * a `fetch`, but keeps the image's Accept header).
 */
function isImageRequest(request: Request): boolean {
  return request.resourceType() === 'image' || (request.headers().accept ?? '').startsWith('image/');
}

/** A Tuesday in June 2026, 9:00 in New York: far from DST changes and month ends. */
const FIXED_NOW = new Date('2026-06-16T13:00:00Z');

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

/** Problems since the last call, minus those the given faults are meant to cause. */
function unexpectedProblems(faults: readonly MockFault[] = []) {
  return problems.take().filter((problem) => !isExpectedFailure(problem, faults));
}

/** `#scenario=...` with the visitor pinned to New York, so nothing depends on the machine's zone. */
function hashFor(id: string, extra = ''): string {
  return `#scenario=${id}&tz=America/New_York${extra}`;
}

function titleOf(id: string): string {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no gallery entry ${id}`);
  return entry.title;
}

async function open(id: string, extra = ''): Promise<WidgetState> {
  await openView(page, hashFor(id, extra), titleOf(id));
  return waitForWidget(page, 20_000);
}

async function expectNoAxeViolations(what: string): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, `axe violations in ${what}`).toEqual([]);
}

beforeAll(async () => {
  if (!existsSync('dist-gallery/index.html')) {
    throw new Error('dist-gallery/ is missing: run "npm run build:gallery" before "npm run test:e2e".');
  }
  server = await serveStatic(['dist-gallery', 'dist']);
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    timezoneId: 'America/New_York',
    locale: 'en-US',
    reducedMotion: 'reduce',
  });
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => (isImageRequest(route.request()) ? route.fulfill({ contentType: 'image/png', body: PIXEL }) : route.abort()),
  );
  // A fixed clock (timers still run): on the real one, the first offered time could slip into
  // the past between choosing and booking. The fake backend runs in the page, so it follows this
  // clock too and shifts the documentation sample's 2025 slots to it, as it does on a real clock.
  await context.clock.setFixedTime(FIXED_NOW);
  page = await context.newPage();
  problems = watchPageProblems(page);
  await page.goto(`${server.url}/${hashFor('menelson')}`);
  await waitForWidget(page);
  problems.take();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
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

/** Event names in the log, oldest first. */
async function loggedEvents(): Promise<string[]> {
  const names = await page.locator('.dev-log__item').evaluateAll((items) => items.map((item) => item.getAttribute('data-event') ?? ''));
  return names.reverse();
}

/** The JSON payload of the newest log entry with that name. */
async function loggedPayload(name: string): Promise<unknown> {
  const item = page.locator(`.dev-log__item[data-event="${name}"]`).first();
  return JSON.parse((await item.locator('pre').textContent({ timeout: 5_000 })) ?? 'null');
}

describe('booking', () => {
  it('books with the keyboard alone, from the duration tabs to the confirmation, which takes focus', async () => {
    await open('menelson');
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.locator('body').focus();

    // Durations: a tablist, arrows select.
    await tabTo(page, '.ms-root [role="tab"]');
    await page.keyboard.press('ArrowRight');
    expect(await focusedElement(page)).toMatchObject({ role: 'tab', text: '30 min' });
    await widgetOf(page).getByRole('radio').first().waitFor();

    // Calendar: into the grid, then arrows to another day with times when there is one.
    await tabTo(page, '.ms-root .ms-calendar__day[tabindex="0"]');
    const start = (await focusedElement(page)).label;
    let moves = 0;
    for (; moves < 10; moves += 1) {
      await page.keyboard.press('ArrowRight');
      const disabled = await page.evaluate(() => document.activeElement?.getAttribute('aria-disabled'));
      if (disabled !== 'true') break;
    }
    if (moves === 10) {
      // No other day with times within reach: walk back to the first day (the walk may have
      // stopped at the last month with availability, so count nothing, compare labels).
      for (let back = 0; back < 20 && (await focusedElement(page)).label !== start; back += 1) {
        await page.keyboard.press('ArrowLeft');
      }
      expect((await focusedElement(page)).label).toBe(start);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => loggedEvents()).toContain('onDateSelect');

    // Times: a radio group; arrows move, Enter chooses and opens the form.
    await tabTo(page, '.ms-root [role="radio"][tabindex="0"]');
    const times = await widgetOf(page).getByRole('radio').count();
    if (times > 1) await page.keyboard.press('ArrowDown');
    const chosenStart = Number(await page.evaluate(() => document.activeElement?.getAttribute('data-start')));
    await page.keyboard.press('Enter');
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).waitFor();
    expect(await loggedPayload('onSlotSelect')).toMatchObject({ start: chosenStart, duration: 30 * 60_000 });

    // The form: type, Tab between fields, Enter on the button.
    await tabTo(page, '.ms-root input[autocomplete="given-name"]');
    await page.keyboard.type('Ada');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lovelace');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ada@example.com');
    await tabTo(page, '.ms-root button[type="submit"]');
    await page.keyboard.press('Enter');

    // menelson's organizer has no calendar: an offline booking, said plainly, and focused.
    await confirmationHeading(page, true).waitFor();
    await expect.poll(() => focusedElement(page)).toMatchObject({ text: 'Meeting requested' });
    await expect.poll(() => widgetOf(page).textContent()).toContain('No calendar invitation was created');
    expect(await loggedEvents()).toEqual(['onDurationChange', 'onDateSelect', 'onSlotSelect', 'onSubmit', 'onBooked']);
    expect(await loggedPayload('onSubmit')).toMatchObject({
      slug: 'menelson',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      duration: 30 * 60_000,
      timezone: 'America/New_York',
      startTime: chosenStart,
    });
    await expectNoAxeViolations('offline confirmation');
    await screenshotMain(page, 'menelson-offline-confirmation');
    expect(unexpectedProblems()).toEqual([]);
  });

  it('checks the form before sending: errors are listed, tied to fields, and accessible', async () => {
    await open('web-conference');
    await chooseFirstTime(page);
    await expectNoAxeViolations('empty form');
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
    await expect.poll(() => widgetOf(page).getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations('form with errors');
    await screenshotMain(page, 'web-conference-form-errors');

    // Fixed, it books online: a calendar event exists, so "Meeting booked" with the join link.
    await fillVisitor(page);
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
    await confirmationHeading(page, false).waitFor();
    await expect.poll(() => widgetOf(page).getByRole('link', { name: /meet\.example\.com|join/i }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations('online confirmation');
    await screenshotMain(page, 'web-conference-confirmation');
    expect(unexpectedProblems()).toEqual([]);
  });

  it.each([['consent-required'], ['custom-fields'], ['guests']])(
    'the %s form is accessible in light and dark',
    async (id) => {
      await open(id, '&scheme=light');
      await chooseFirstTime(page);
      await expectNoAxeViolations(`${id} form (light)`);
      await screenshotMain(page, `${id}-form-light`);
      // The scheme control changes the live widget: the form stays, only its colours change.
      await page.getByLabel('Colour scheme').selectOption('dark');
      await expect.poll(() => widgetOf(page).getAttribute('data-color-scheme')).toBe('dark');
      await expectNoAxeViolations(`${id} form (dark)`);
      await screenshotMain(page, `${id}-form-dark`);
      expect(unexpectedProblems()).toEqual([]);
    },
  );

  it('slot taken while booking: says so, offers other times, keeps the form, then books', async () => {
    const id = 'slot-taken';
    await open(id);
    await chooseFirstTime(page);
    await fillVisitor(page);
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
    await widgetOf(page).getByText('That time was just taken. Please pick another.').waitFor();
    await widgetOf(page).getByRole('radio').first().waitFor();
    await expectNoAxeViolations('slot-taken notice');
    await screenshotMain(page, 'slot-taken-notice');

    await chooseFirstTime(page);
    expect(await widgetOf(page).getByLabel('First name').inputValue()).toBe('Ada');
    expect(await widgetOf(page).getByLabel('Email').inputValue()).toBe('ada@example.com');
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
    await confirmationHeading(page, false).waitFor();
    expect(unexpectedProblems(variantFaults(id))).toEqual([]);
  });

  it('email rejected by the server: the message shows at the field, and a corrected email books', async () => {
    const id = 'validation-rejected';
    await open(id);
    await chooseFirstTime(page);
    await fillVisitor(page, 'ada@blocked.example');
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
    const email = widgetOf(page).getByLabel('Email');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy.split(' ').filter(Boolean).map((descriptionId) => page.locator(`[id="${descriptionId}"]`).textContent()),
    );
    expect(descriptions.join(' ')).toContain('This email domain is blocked.');
    await expectNoAxeViolations('server validation error');
    await screenshotMain(page, 'validation-rejected-error');

    await email.fill('ada@example.com');
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
    await confirmationHeading(page, true).waitFor();
    expect(unexpectedProblems(variantFaults(id))).toEqual([]);
  });

  it('network error at booking: an alert with Try again, which books exactly once', async () => {
    const id = 'network-error-at-booking';
    const posts: string[] = [];
    const countPost = (request: { method: () => string; url: () => string }) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/meeting-links/book')) posts.push(request.url());
    };
    page.on('request', countPost);
    try {
      await open(id);
      await chooseFirstTime(page);
      await fillVisitor(page);
      await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
      const alert = widgetOf(page).getByRole('alert').filter({ hasText: 'could not be reached' });
      await alert.waitFor();
      expect(await widgetOf(page).getByLabel('First name').inputValue()).toBe('Ada');
      await expectNoAxeViolations('network error at booking');
      await screenshotMain(page, 'network-error-at-booking-alert');

      await alert.getByRole('button', { name: 'Try again' }).click();
      await confirmationHeading(page, false).waitFor();
      expect(posts).toHaveLength(2);
    } finally {
      page.off('request', countPost);
    }
    expect(unexpectedProblems(variantFaults(id))).toEqual([]);
  });
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
    await screenshotMain(page, 'round-robin-ar-EG');
    expect(unexpectedProblems()).toEqual([]);
  });
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
    await page.goto(`${server.url}/#scenario=far-timezone&tz=Asia/Kolkata&locale=de-DE&width=480&hour=24`);
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

    await page.goto(`${server.url}/#scenario=nope&width=999&tz=Bad/Zone&locale=xx`);
    await page.locator('#dev-scenario-title').filter({ hasText: titleOf(entries[0]?.id ?? '') }).waitFor();
    await waitForWidget(page);
    expect(await page.evaluate(() => window.location.hash)).toBe(`#scenario=${entries[0]?.id}`);
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
