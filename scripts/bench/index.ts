/**
 * `npm run bench [-- --pure-only | --browser-only] [filter]`: times the pure scheduling logic at
 * scale, then the browser path from mount to a clickable day in headless Chromium, and prints a
 * table for each. Hand-rolled loops to add no dependency. A filter runs only the cases whose name
 * contains it; the browser part is skipped, with a note, where there is no Chromium.
 */
import { resolve } from 'node:path';
import { browserCases } from './browser/browserCases';
import { printTimingTable } from './browser/printTimingTable';
import { runBrowserBench } from './browser/runBrowserBench';
import { cases } from './cases';
import { parseBenchArgs, type BenchArgs } from './parseBenchArgs';
import { runPureBench } from './runPureBench';

const root = resolve(import.meta.dirname, '../..');
/** Per browser case; on 2 cores the four cases, the React page's build included, take 20–30 s. */
const BROWSER_TIMING = { warmups: 2, runs: 15 };

async function main(args: BenchArgs): Promise<number> {
  const matches = (name: string): boolean => name.toLowerCase().includes(args.filter);
  const pure = args.pure ? cases.filter((c) => matches(c.name)) : [];
  const browser = args.browser ? browserCases.filter((c) => matches(c.name)) : [];
  if (pure.length + browser.length === 0) {
    console.error(`No benchmark matches "${args.filter}".`);
    return 1;
  }
  if (pure.length > 0) runPureBench(pure);
  if (browser.length === 0) return 0;

  if (pure.length > 0) console.log('');
  const started = performance.now();
  try {
    const result = await runBrowserBench(root, browser, BROWSER_TIMING, () => process.stderr.write('.'));
    process.stderr.write('\n');
    if ('skipped' in result) {
      console.log(`Browser path skipped: ${result.skipped}.`);
      return 0;
    }
    const { warmups, runs } = BROWSER_TIMING;
    console.log(`meeting-scheduler browser path — headless Chromium ${result.browserVersion}, fake backend on 127.0.0.1 (no latency, each answer computed once)`);
    console.log(`mount → first button[data-available] in the calendar grid; ${runs} runs after ${warmups} warm-ups\n`);
    printTimingTable(result.rows);
    console.log(`\n${result.rows.length} browser cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    process.stderr.write('\n');
    console.error(`Browser path failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

let args: BenchArgs;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
process.exitCode = await main(args);
