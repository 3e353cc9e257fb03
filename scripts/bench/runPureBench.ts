import type { BenchCase } from './measure';
import { measure, type Measurement } from './measure';
import { printTable } from './printTable';

/**
 * Times the pure cases with the hand-rolled loop (warm-up, then samples until ~1.5 s per case)
 * and prints their table; the whole part stays well under 30 s.
 */
export function runPureBench(selected: readonly BenchCase[]): void {
  const started = performance.now();
  const rows: Measurement[] = [];
  for (const bench of selected) {
    rows.push(measure(bench, { budgetMs: 1500 }));
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  console.log(`meeting-scheduler pure-logic bench — node ${process.version}, TZ=${process.env.TZ ?? '(system)'}\n`);
  printTable(rows);
  console.log(`\n${rows.length} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
