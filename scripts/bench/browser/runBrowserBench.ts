import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createScenarioScheduler } from '../../../src/mock/createScenarioScheduler';
import { startMockServer, type RunningMockServer } from '../../../src/mock/server/index';
import { CHROMIUM_PATH, launchChromium } from '../../../test/e2e/helpers/launchChromium';
import { serveStatic, type StaticServer } from '../../../test/e2e/helpers/serveStatic';
import type { BrowserCase } from './browserCases';
import { benchPage } from './benchPage';
import { buildReactBenchPage } from './buildReactBenchPage';
import { ensureBuilt } from './ensureBuilt';
import { memoizeReads } from './memoizeReads';
import { summarizeTimes, type TimingSummary } from './summarizeTimes';
import { timeBrowserCase, type TimingRuns } from './timeBrowserCase';

/** A round-robin team: the calendar is computed from several members' busy times. */
const SLUG = 'round-robin';

export type BrowserBenchResult = { rows: TimingSummary[]; browserVersion: string } | { skipped: string };

/**
 * Times `cases` in headless Chromium against the fake backend (no added latency, so the numbers
 * are the widget's, not the network's). The mock server, the static server and the browser are
 * closed whatever happens. Skips, with the reason, when there is no Chromium.
 */
export async function runBrowserBench(
  root: string,
  cases: readonly BrowserCase[],
  timing: TimingRuns,
  progress: () => void = () => {},
): Promise<BrowserBenchResult> {
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)` };
  const distDir = join(root, 'dist');
  const built = ['meeting-scheduler.embed.js', 'index.js', 'style.css'].map((file) => join(distDir, file));
  if (!ensureBuilt(root, built)) throw new Error('npm run build failed, so there is nothing to load in the browser');

  // Real files over http from 127.0.0.1: Chromium blocks a page.route() page's loopback requests.
  const siteDir = join(root, 'test-results', 'bench', 'site');
  let api: RunningMockServer | undefined;
  let site: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    const scheduler = memoizeReads(createScenarioScheduler());
    api = await startMockServer({ port: 0, host: '127.0.0.1', scheduler, latencyMs: 0, log: () => {} });
    mkdirSync(siteDir, { recursive: true });
    const config = { slug: SLUG, apiBaseUrl: api.url };
    writeFileSync(join(siteDir, 'embed.html'), benchPage({ ...config, mode: 'embed' }, '<script src="/meeting-scheduler.embed.js"></script>'));
    if (cases.some((bench) => bench.needsReactBuild)) {
      const workDir = join(root, 'test-results', 'bench', 'react-src');
      await buildReactBenchPage({ workDir, outDir: join(siteDir, 'react'), distDir, config: { ...config, mode: 'react' } });
    }
    site = await serveStatic([siteDir, distDir]);
    browser = await launchChromium();
    const rows: TimingSummary[] = [];
    for (const bench of cases) {
      rows.push(summarizeTimes(bench.name, await timeBrowserCase(browser, site.url, bench, timing)));
      progress();
    }
    return { rows, browserVersion: browser.version() };
  } finally {
    // The browser first, so no page holds a connection the servers would wait for.
    await browser?.close().catch(() => {});
    await Promise.allSettled([site?.close(), api?.close()]);
  }
}
