/** The browser bench's sections; each runs with its own baseline. */
export const BROWSER_CASES = ['cold', 'warm', 'click'] as const;
export type BrowserCase = (typeof BROWSER_CASES)[number];

/** Which parts of the bench to run. */
export interface BenchArgs {
  pure: boolean;
  browser: boolean;
  /** Browser sections to run (all unless `--browser-cases` names some). */
  browserCases: readonly BrowserCase[];
}

export const BENCH_USAGE = `Usage: npm run bench [-- --pure-only | --browser-only | --browser-cases=${BROWSER_CASES.join(',')}]`;

const CASES_FLAG = '--browser-cases=';

/**
 * Reads `--pure-only` / `--browser-only` (default: both parts) and `--browser-cases=warm,cold`
 * (only those browser sections, no pure part). No filter on single cases: each figure is a ratio
 * to a baseline of the same run, so a section always runs with its baseline.
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const unknown = argv.filter(
    (arg) => arg !== '--pure-only' && arg !== '--browser-only' && !arg.startsWith(CASES_FLAG),
  );
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown.join(', ')}.\n${BENCH_USAGE}`);
  const pureOnly = argv.includes('--pure-only');
  const browserOnly = argv.includes('--browser-only');
  const casesArg = argv.find((arg) => arg.startsWith(CASES_FLAG));
  if (pureOnly && (browserOnly || casesArg)) throw new Error(`--pure-only excludes the browser flags.\n${BENCH_USAGE}`);
  if (casesArg === undefined) return { pure: !browserOnly, browser: !pureOnly, browserCases: BROWSER_CASES };
  const named = casesArg.slice(CASES_FLAG.length).split(',').filter(Boolean);
  const wrong = named.filter((name) => !(BROWSER_CASES as readonly string[]).includes(name));
  if (named.length === 0 || wrong.length > 0)
    throw new Error(`Unknown browser case ${wrong.join(', ') || '(none)'}.\n${BENCH_USAGE}`);
  return { pure: false, browser: true, browserCases: BROWSER_CASES.filter((name) => named.includes(name)) };
}
