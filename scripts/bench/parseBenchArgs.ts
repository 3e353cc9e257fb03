/** Which parts of the bench to run, and the filter on case names (lower case, may be empty). */
export interface BenchArgs {
  pure: boolean;
  browser: boolean;
  filter: string;
}

export const BENCH_USAGE = 'Usage: npm run bench [-- --pure-only | --browser-only] [filter words]';

/** Reads `--pure-only` / `--browser-only` (default: both parts); other words are the filter. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const unknown = flags.filter((flag) => flag !== '--pure-only' && flag !== '--browser-only');
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(', ')}.\n${BENCH_USAGE}`);
  const pureOnly = flags.includes('--pure-only');
  const browserOnly = flags.includes('--browser-only');
  if (pureOnly && browserOnly) throw new Error(`--pure-only and --browser-only exclude each other.\n${BENCH_USAGE}`);
  return {
    pure: !browserOnly,
    browser: !pureOnly,
    filter: argv.filter((arg) => !arg.startsWith('--')).join(' ').toLowerCase(),
  };
}
