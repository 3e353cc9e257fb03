/**
 * `npm run bench [-- --pure-only | --browser-only | --browser-cases=cold,warm,click]`: the issue-15 bench. Every case runs
 * interleaved with a baseline measured in the same run and is reported as median, p25–p75 and
 * min–max, with the ratio of medians to the baseline; then the figures are checked, and a
 * missed one makes the exit code 1. Pure part in Node; browser part in headless Chromium (skipped,
 * with a note, where there is none). Not part of `npm test`: timings are no unit test.
 */
import { resolve } from 'node:path';
import { runBrowserBench } from './browser/runBrowserBench';
import { pureSections } from './cases';
import { formatGoals, goalMet, type Goal } from './goals';
import { formatTimingTable, type TimingRow } from './formatTimingTable';
import { parseBenchArgs, type BenchArgs } from './parseBenchArgs';
import { runPureBench } from './runPureBench';

const root = resolve(import.meta.dirname, '../..');
/** The documentation's payloads; the project's copy when the shared one is not there. */
const fixturesDir = process.env.BENCH_FIXTURES ?? resolve(root, 'test/fixtures/hubspot');
const BROWSER = { coldRounds: 9, warmRounds: 31, clickRounds: 25 };

function printSections(sections: readonly { title: string; rows: TimingRow[] }[]): void {
  for (const section of sections) {
    console.log(`\n${section.title}`);
    for (const line of formatTimingTable(section.rows)) console.log(`  ${line}`);
  }
}

async function main(args: BenchArgs): Promise<number> {
  const started = performance.now();
  const goals: Goal[] = [];
  const dot = (): boolean => process.stderr.write('.');
  if (args.pure) {
    const pure = await runPureBench(pureSections(fixturesDir), dot);
    process.stderr.write('\n');
    console.log(`pure logic — node ${process.version}, TZ=${process.env.TZ ?? '(system)'}; interleaved, 25 rounds after 3 warm-ups`);
    printSections(pure.sections);
    goals.push(...pure.goals);
  }
  if (args.browser) {
    const browser = await runBrowserBench(root, fixturesDir, { ...BROWSER, cases: args.browserCases }, dot);
    process.stderr.write('\n');
    if ('skipped' in browser) {
      console.log(`\nBrowser path skipped: ${browser.skipped}.`);
    } else {
      console.log(`\nbrowser path — headless Chromium ${browser.browserVersion}, one local origin (gzip), America/New_York; interleaved`);
      printSections(browser.sections);
      goals.push(...browser.goals);
    }
  }
  console.log('\nissue 15 figures');
  for (const line of formatGoals(goals)) console.log(`  ${line}`);
  const missed = goals.filter((goal) => !goalMet(goal));
  console.log(`\n${goals.length - missed.length} of ${goals.length} figures met, in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return missed.length === 0 ? 0 : 1;
}

let args: BenchArgs;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
try {
  process.exitCode = await main(args);
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
