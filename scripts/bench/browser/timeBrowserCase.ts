import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BrowserCase } from './browserCases';

export interface TimingRuns {
  /** Untimed runs first: the first context start-up and the first remount pay one-off costs. */
  warmups: number;
  runs: number;
}

/** The same viewport, locale and zone as the browser tests, so the widget shows the same month. */
async function openPage(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, locale: 'en-US', timezoneId: 'America/New_York' });
  const page = await context.newPage();
  // Kept for the error message: a widget showing an error never shows a clickable day.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(url);
  return { context, page, problems };
}

/** Runs `expression` (a `window.__bench` call resolving to milliseconds) and checks what came back. */
async function timeInPage(page: Page, expression: string, problems: string[]): Promise<number> {
  try {
    const elapsed: unknown = await page.evaluate(expression);
    if (typeof elapsed !== 'number' || !Number.isFinite(elapsed)) throw new Error(`${expression} returned ${String(elapsed)}`);
    return elapsed;
  } catch (error) {
    const seen = problems.length > 0 ? ` (page said: ${problems.join(' | ')})` : '';
    throw new Error(`${error instanceof Error ? error.message : String(error)}${seen}`, { cause: error });
  }
}

/** Times one case in `browser` and returns the timed runs' milliseconds, warm-ups left out. */
export async function timeBrowserCase(browser: Browser, siteUrl: string, bench: BrowserCase, { warmups, runs }: TimingRuns): Promise<number[]> {
  const url = `${siteUrl}${bench.path}`;
  const times: number[] = [];
  if (bench.kind === 'cold') {
    for (let i = 0; i < warmups + runs; i++) {
      const { context, page, problems } = await openPage(browser, url);
      try {
        const elapsed = await timeInPage(page, 'window.__bench.cold()', problems);
        if (i >= warmups) times.push(elapsed);
      } finally {
        await context.close();
      }
    }
    return times;
  }
  const { context, page, problems } = await openPage(browser, url);
  try {
    await timeInPage(page, 'window.__bench.cold()', problems);
    for (let i = 0; i < warmups + runs; i++) {
      const elapsed = await timeInPage(page, 'window.__bench.remount()', problems);
      if (i >= warmups) times.push(elapsed);
    }
    return times;
  } finally {
    await context.close();
  }
}
