// Measurements of the design figures (issue 11) in the gallery: heights, widths, layout shifts,
// contrast of selected states and forced-colour styles, each read from the real layout.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SCREENSHOT_DIR, widgetOf } from './galleryDriver';
import { hashFor } from './galleryEntries';

/** A Tuesday in June 2026, as the other gallery tests use. */
const FIXED_NOW = new Date('2026-06-16T13:00:00Z');

/** Widget widths the figures are measured at; the gallery frame takes exactly this width. */
export type FigureWidth = 320 | 768 | 1280;

/** One context per scheme (and forced colours), on the fixed clock, outside requests aborted. */
export async function newFigureContext(
  browser: Browser,
  options: { scheme: 'light' | 'dark'; forcedColors?: boolean; reducedMotion?: boolean },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    // Wide enough for the sidebar and a 1280 px frame side by side.
    viewport: { width: 2000, height: 1100 },
    timezoneId: 'America/New_York',
    locale: 'en-US',
    colorScheme: options.scheme,
    forcedColors: options.forcedColors ? 'active' : 'none',
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
  });
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  await context.clock.setFixedTime(FIXED_NOW);
  // Every layout shift from the start, input or not: the figure counts shifts after input too.
  await context.addInitScript(() => {
    const shifts: { value: number; time: number; inWidget: boolean }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; startTime: number; sources?: { node?: Node }[] }[]) {
          const inWidget = (entry.sources ?? []).some((source) => source.node instanceof Element && source.node.closest('.dev-main') !== null);
          shifts.push({ value: entry.value, time: entry.startTime, inWidget });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    } catch {
      // An engine without layout-shift entries would read 0; Chromium has them.
    }
  });
  return context;
}

/** The gallery URL of a scenario at a width and scheme. */
export function scenarioUrl(base: string, id: string, width: FigureWidth, scheme: 'light' | 'dark', extra = ''): string {
  return `${base}/${hashFor(id, `&width=${width}&scheme=${scheme}${extra}`)}`;
}

/** The widget's border-box height in px. */
export function widgetHeight(page: Page): Promise<number> {
  return widgetOf(page).evaluate((root) => root.getBoundingClientRect().height);
}

/** The widget's bottom edge in page coordinates: what sits below it moves by exactly this. */
export function widgetBottom(page: Page): Promise<number> {
  return widgetOf(page).evaluate((root) => root.getBoundingClientRect().bottom + window.scrollY);
}

/** The widest element matching `selector` inside the widget (0 when none). */
export function widestOf(page: Page, selector: string): Promise<number> {
  return widgetOf(page).evaluate(
    (root, wanted) => Math.max(0, ...[...root.querySelectorAll(wanted)].map((element) => element.getBoundingClientRect().width)),
    selector,
  );
}

/** Starts a new layout-shift window; `layoutShiftSince` sums the main column's shifts after it. */
export async function markShifts(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The sum of layout-shift values inside the gallery's main column (widget and below) since `from`. */
export async function layoutShiftSince(page: Page, from = 0): Promise<number> {
  // Layout-shift entries are reported after the frame that shifted: let two frames pass.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(
    (start) =>
      (window as unknown as { __shifts: { value: number; time: number; inWidget: boolean }[] }).__shifts
        .filter((shift) => shift.inWidget && shift.time >= start)
        .reduce((sum, shift) => sum + shift.value, 0),
    from,
  );
}

/** Fills what the scenario's form requires with plausible values, as a visitor would. */
export async function fillRequiredFields(page: Page): Promise<void> {
  const widget = widgetOf(page);
  await widget.getByLabel('First name').fill('Ada');
  await widget.getByLabel('Last name').fill('Lovelace');
  await widget.getByRole('textbox', { name: /^Email\b/ }).fill('ada@example.com');
  await widget.evaluate((root) => {
    const set = (element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
      const proto = Object.getPrototypeOf(element) as object;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, value);
      element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    };
    for (const element of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[aria-required="true"], [required]')) {
      if (element instanceof HTMLSelectElement) {
        if (!element.value && element.options.length > 1) set(element, element.options[1]!.value);
      } else if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
        if (!element.checked) element.click();
      } else if (!element.value && !element.readOnly) {
        const type = element instanceof HTMLInputElement ? (['numeric', 'decimal'].includes(element.inputMode) ? 'number' : element.type) : 'text';
        set(element, type === 'number' ? '42' : type === 'date' ? '2026-07-01' : type === 'email' ? 'ada@example.com' : 'Analytical engines');
      }
    }
    // Required choice groups mark the fieldset, not each radio or box.
    for (const group of root.querySelectorAll<HTMLFieldSetElement>('fieldset:has(> legend .ms-form-field__required)')) {
      const inputs = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')];
      if (inputs.length > 0 && !inputs.some((input) => input.checked)) inputs[0]!.click();
    }
  });
}

/** Saves a screenshot of the widget as `name`.png under test-results/screenshots/. */
export async function screenshotWidget(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await widgetOf(page).screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}
