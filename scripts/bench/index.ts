/**
 * `npm run bench [-- filter]`: times the pure scheduling logic at scale and prints a table.
 * Hand-rolled loop (warm-up, then samples until ~1.5 s per case) to add no dependency; the whole
 * run stays well under 30 s. A filter runs only the cases whose name contains it.
 */
import { cases } from './cases';
import { measure, type Measurement } from './measure';
import { printTable } from './printTable';

const filter = process.argv.slice(2).join(' ').toLowerCase();
const selected = cases.filter((c) => c.name.toLowerCase().includes(filter));
if (selected.length === 0) {
  console.error(`No benchmark matches "${filter}".`);
  process.exit(1);
}

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
