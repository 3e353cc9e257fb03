import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** What the widget shows once it stopped loading. */
export type WidgetState = 'calendar' | 'empty' | 'error';

/** Where screenshots go: test-results/ is gitignored and kept by CI as an artifact. */
export const SCREENSHOT_DIR = join('test-results', 'screenshots');

/** The widget of the React-component tab (the gallery's chrome is not part of it). */
export function widgetOf(page: Page): Locator {
  return page.locator('.dev-main .ms-root');
}

/**
 * Opens a gallery view by changing the hash, as a sidebar link does, and waits until the scenario
 * heading shows the expected title (so the previous scenario's widget is gone). When that
 * scenario is already open, "Reset backend" starts it afresh, as a new scenario would.
 */
export async function openView(page: Page, hash: string, title: string): Promise<void> {
  const heading = page.locator('#dev-scenario-title');
  const alreadyOpen = ((await heading.count()) > 0 && (await heading.textContent())?.startsWith(title)) ?? false;
  await page.evaluate((next) => {
    window.location.hash = next;
  }, hash);
  await heading.filter({ hasText: title }).waitFor();
  if (alreadyOpen) await page.getByRole('button', { name: 'Reset backend' }).click();
}

/**
 * Waits for the widget to finish loading: the calendar with the first day's times, the empty
 * view, or an error. Loading placeholders are none of these, so a spinner that never ends fails.
 */
export async function waitForWidget(page: Page, timeout = 15_000): Promise<WidgetState> {
  const widget = widgetOf(page);
  const calendar = widget.getByRole('radio').first();
  const empty = widget.locator('.ms-empty');
  const error = widget.locator('.ms-error');
  await calendar.or(empty).or(error).first().waitFor({ timeout });
  if (await error.count()) return 'error';
  if (await empty.count()) return 'empty';
  return 'calendar';
}

/** Chooses the first offered time (the opening month's first free day is pre-selected). */
export async function chooseFirstTime(page: Page): Promise<void> {
  await widgetOf(page).getByRole('radio').first().click();
  await widgetOf(page).getByRole('button', { name: 'Book meeting' }).waitFor();
}

/** Fills the visitor's name and email. */
export async function fillVisitor(page: Page, email = 'ada@example.com'): Promise<void> {
  const widget = widgetOf(page);
  await widget.getByLabel('First name').fill('Ada');
  await widget.getByLabel('Last name').fill('Lovelace');
  await widget.getByLabel('Email').fill(email);
}

/** The confirmation heading, online or offline. */
export function confirmationHeading(page: Page, offline: boolean): Locator {
  return widgetOf(page).getByRole('heading', { name: offline ? 'Meeting requested' : 'Meeting booked' });
}

/** Saves a screenshot of the gallery's main column (scenario header, controls and widget). */
export async function screenshotMain(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.locator('.dev-main').screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

/**
 * Horizontal overflow of the widget and of its container: `scrollWidth - clientWidth` of each
 * (0 when nothing sticks out).
 */
export async function horizontalOverflow(page: Page): Promise<{ widget: number; container: number }> {
  return page.evaluate(() => {
    const overflow = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`nothing matches ${selector}`);
      return element.scrollWidth - element.clientWidth;
    };
    return { widget: overflow('.dev-main .ms-root'), container: overflow('.dev-main .dev-stage__frame') };
  });
}

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses`);
}

/** Describes the focused element, for assertions and failure messages. */
export async function focusedElement(page: Page): Promise<{ tag: string; role: string | null; text: string; label: string | null }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      role: element?.getAttribute('role') ?? null,
      text: element?.textContent?.trim() ?? '',
      label: element?.getAttribute('aria-label') ?? null,
    };
  });
}

/** Event names in the gallery's callback log, oldest first. */
export async function loggedEvents(page: Page): Promise<string[]> {
  const names = await page.locator('.dev-log__item').evaluateAll((items) => items.map((item) => item.getAttribute('data-event') ?? ''));
  return names.reverse();
}

/** The JSON payload of the newest log entry with that name. */
export async function loggedPayload(page: Page, name: string): Promise<unknown> {
  const item = page.locator(`.dev-log__item[data-event="${name}"]`).first();
  return JSON.parse((await item.locator('pre').textContent({ timeout: 5_000 })) ?? 'null');
}
