import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../../../test/e2e/helpers/launchChromium';
import type { Goal } from '../goals';
import type { BrowserCase } from '../parseBenchArgs';
import { interleave } from '../interleave';
import { summarizeTimes, type TimingSummary } from '../summarizeTimes';
import type { TimingRow } from '../formatTimingTable';
import { embedPage, limitPage, limitScript, limitScriptPage } from './benchPage';
import { benchPayloads } from './benchPayloads';
import { startBenchServer, type BenchServer } from './benchServer';
import { buildReactBenchPage } from './buildReactBenchPage';
import { ensureBuilt } from './ensureBuilt';

/** The slow profile: 150 ms round trip, 1.6 Mbps down, 750 kbps up (CDP's units: bytes/s). */
const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

export interface BrowserBenchOptions {
  coldRounds: number;
  warmRounds: number;
  clickRounds: number;
  /** Sections to run. */
  cases: readonly BrowserCase[];
}

export type BrowserBenchResult =
  | { sections: { title: string; rows: TimingRow[] }[]; goals: Goal[]; browserVersion: string; bigSlotCount: number }
  | { skipped: string };

async function newPage(browser: Browser, url: string, throttled: boolean): Promise<{ page: Page; close: () => Promise<void>; problems: string[] }> {
  // The browser tests' viewport, locale and zone, so the widget shows the same month.
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, locale: 'en-US', timezoneId: 'America/New_York' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  }
  await page.goto(url, { waitUntil: 'commit' });
  return { page, close: () => context.close(), problems };
}

async function evaluateMs(page: Page, expression: string, problems: string[]): Promise<number> {
  try {
    const value: unknown = await page.evaluate(expression);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${expression} returned ${String(value)}`);
    return value;
  } catch (error) {
    const seen = problems.length > 0 ? ` (page said: ${problems.join(' | ')})` : '';
    throw new Error(`${error instanceof Error ? error.message : String(error)}${seen}`, { cause: error });
  }
}

/** A cold first load: new context (empty caches), optional throttling, navigation start → first enabled day. */
function coldRun(browser: Browser, url: string, throttled: boolean): () => Promise<number> {
  return async () => {
    const { page, close, problems } = await newPage(browser, url, throttled);
    try {
      // Navigation only committed: the page's clock may not have run yet (it times from navigation start anyway).
      await page.waitForFunction('window.__bench !== undefined');
      return await evaluateMs(page, 'window.__bench.cold()', problems);
    } finally {
      await close();
    }
  };
}

const rowsOf = (summaries: TimingSummary[]): TimingRow[] => summaries.map((summary, i) => (i === 0 ? { summary } : { summary, baseline: summaries[0] }));
const ratio = (rows: TimingRow[], index: number): number => (rows[index]?.summary.medianMs ?? NaN) / (rows[0]?.summary.medianMs ?? NaN);

/**
 * The browser path in headless Chromium against one local origin serving the pages, the built
 * files and the API (gzip, as a CDN would): cold first loads (embed through the loader, embed
 * alone, and two floors of any script-tag widget) against the limit page, unthrottled and at
 * 150 ms RTT / 1.6 Mbps; warm mounts (embed, React) against a bare fetch + parse; day clicks with
 * 52k slots against a plain DOM update.
 * Every case interleaved with its baseline. Skips, with the reason, where there is no Chromium.
 */
export async function runBrowserBench(root: string, fixturesDir: string, options: BrowserBenchOptions, progress: () => void = () => {}): Promise<BrowserBenchResult> {
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)` };
  const distDir = join(root, 'dist');
  const built = ['meeting-scheduler.js', 'meeting-scheduler.embed.js', 'index.js', 'style.css'].map((file) => join(distDir, file));
  if (!ensureBuilt(root, built)) throw new Error('npm run build failed, so there is nothing to load in the browser');

  const siteDir = join(root, 'test-results', 'bench', 'site');
  mkdirSync(siteDir, { recursive: true });
  writeFileSync(join(siteDir, 'limit.html'), limitPage('docs'));
  writeFileSync(join(siteDir, 'loader.html'), embedPage('docs', 'meeting-scheduler.js'));
  writeFileSync(join(siteDir, 'embed.html'), embedPage('docs', 'meeting-scheduler.embed.js'));
  // The floors of any script-tag widget: the limit page's code from a file, alone and then carrying
  // the embed's code as well, parsed but never run (a function nobody calls), i.e. its bytes.
  const embedCode = readFileSync(join(distDir, 'meeting-scheduler.embed.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
  writeFileSync(join(siteDir, 'limit.js'), limitScript('docs'));
  writeFileSync(join(siteDir, 'limit-embed-weight.js'), `function notRun() {\n${embedCode}\n}\n${limitScript('docs')}`);
  writeFileSync(join(siteDir, 'limit-script.html'), limitScriptPage('limit.js'));
  writeFileSync(join(siteDir, 'limit-embed-weight.html'), limitScriptPage('limit-embed-weight.js'));
  await buildReactBenchPage({ workDir: join(root, 'test-results', 'bench', 'react-src'), outDir: join(siteDir, 'warm'), distDir });
  const payloads = benchPayloads(fixturesDir);

  let server: BenchServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startBenchServer([siteDir, distDir], { docs: payloads.docs, big: payloads.big });
    browser = await launchChromium();
    const url = server.url;
    const sections: { title: string; rows: TimingRow[] }[] = [];
    const goals: Goal[] = [];

    for (const throttled of options.cases.includes('cold') ? [false, true] : []) {
      const names = [
        'limit page: fetch + JSON.parse + plain DOM',
        'embed via the loader + preload of the embed',
        'embed script alone (meeting-scheduler.embed.js)',
        'floor: the limit page’s code from a script file',
        'floor: the same with the embed’s bytes, not run',
      ];
      const pages = ['/limit.html', '/loader.html', '/embed.html', '/limit-script.html', '/limit-embed-weight.html'];
      const times = await interleave(pages.map((path) => coldRun(browser as Browser, `${url}${path}`, throttled)), options.coldRounds, 1, progress);
      const rows = rowsOf(names.map((name, i) => summarizeTimes(name, times[i] as number[])));
      const profile = throttled ? '150 ms RTT / 1.6 Mbps' : 'unthrottled';
      sections.push({ title: `cold first load → first enabled day, ${profile}, documentation payload`, rows });
      goals.push({ name: `cold first load, embed via the loader, ${profile}: vs the limit page`, value: ratio(rows, 1), unit: 'x', bound: { max: throttled ? 1.4 : 1.5 } });
    }

    const warm = options.cases.includes('warm') || options.cases.includes('click') ? await newPage(browser, `${url}/warm/index.html`, false) : undefined;
    try {
      if (warm) await warm.page.waitForFunction('typeof window.__benchMountReact === "function" && customElements.get("meeting-scheduler") !== undefined');
      const run = (page: Page, problems: string[], expression: string) => () => evaluateMs(page, expression, problems);
      if (warm && options.cases.includes('warm')) {
        const mountTimes = await interleave(['window.__bench.bare("docs")', 'window.__bench.remount("embed", "docs")', 'window.__bench.remount("react", "docs")'].map((expression) => run(warm.page, warm.problems, expression)), options.warmRounds, 2, progress);
        const mountRows = rowsOf(
          ['bare fetch + text() + JSON.parse', 'embed: mount → first enabled day', 'React: mount → first enabled day'].map((name, i) => summarizeTimes(name, mountTimes[i] as number[])),
        );
        sections.push({ title: 'warm mount (code loaded, data not), documentation payload', rows: mountRows });
        goals.push(
          { name: 'warm mount, embed: vs bare fetch + parse', value: ratio(mountRows, 1), unit: 'x', bound: { max: 2 } },
          { name: 'warm mount, React: vs bare fetch + parse', value: ratio(mountRows, 2), unit: 'x', bound: { max: 2 } },
        );
      }
      if (warm && options.cases.includes('click')) {
        await evaluateMs(warm.page, 'window.__bench.remount("embed", "big")', warm.problems);
        await evaluateMs(warm.page, 'window.__bench.remount("react", "big")', warm.problems);
        const clickTimes = await interleave(['window.__bench.plainDay()', 'window.__bench.clickDay("embed")', 'window.__bench.clickDay("react")'].map((expression) => run(warm.page, warm.problems, expression)), options.clickRounds, 3, progress);
        const clickRows = rowsOf(
          ['plain DOM: one day of 96 slot buttons', 'embed: day click → updated DOM', 'React: day click → updated DOM'].map((name, i) => summarizeTimes(name, clickTimes[i] as number[])),
        );
        sections.push({ title: `day click with ${payloads.bigSlotCount} slots in the data (6 months × 3 durations × 5 min)`, rows: clickRows });
        goals.push(
          { name: 'day click with 52k slots, embed: median', value: clickRows[1]?.summary.medianMs ?? NaN, unit: 'ms', bound: { max: 8 } },
          { name: 'day click with 52k slots, React: median', value: clickRows[2]?.summary.medianMs ?? NaN, unit: 'ms', bound: { max: 8 } },
        );
      }
    } finally {
      await warm?.close();
    }
    return { sections, goals, browserVersion: browser.version(), bigSlotCount: payloads.bigSlotCount };
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
  }
}
