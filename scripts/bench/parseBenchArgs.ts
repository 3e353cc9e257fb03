/** Which parts of the bench to run. */
export interface BenchArgs {
  pure: boolean;
  browser: boolean;
}

export const BENCH_USAGE = 'Usage: npm run bench [-- --pure-only | --browser-only]';

/**
 * Reads `--pure-only` / `--browser-only` (default: both parts). No filter on case names: each
 * figure is a ratio to a baseline of the same run, so cases only run with their baselines.
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const unknown = argv.filter((arg) => arg !== '--pure-only' && arg !== '--browser-only');
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown.join(', ')}.\n${BENCH_USAGE}`);
  const pureOnly = argv.includes('--pure-only');
  const browserOnly = argv.includes('--browser-only');
  if (pureOnly && browserOnly) throw new Error(`--pure-only and --browser-only exclude each other.\n${BENCH_USAGE}`);
  return { pure: !browserOnly, browser: !pureOnly };
}
