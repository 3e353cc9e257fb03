// `npm run size`: gzip sizes of the built files against their budgets (scripts/size/sizeBudgets.ts).
// Measures what `npm run build` wrote; builds first only when a measured file is missing, so a
// fresh clone can run it alone while CI measures exactly the build it tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Bundler, BundledCode } from './size/BundledCode';
import { bundleWithDependencies } from './size/bundleWithDependencies';
import { bundleWithEsbuild } from './size/bundleWithEsbuild';
import { bundleWithWebpack } from './size/bundleWithWebpack';
import { formatKilobytes } from './size/formatKilobytes';
import { formatSizeTable } from './size/formatSizeTable';
import { measureSize } from './size/measureSize';
import { sizeBudgets } from './size/sizeBudgets';
import { toSizeResult, type SizeResult } from './size/SizeResult';

const root = resolve(import.meta.dirname, '..');
const bundlers: Record<Bundler, (file: string, imports?: readonly string[]) => Promise<BundledCode>> = {
  vite: bundleWithDependencies,
  esbuild: bundleWithEsbuild,
  webpack: bundleWithWebpack,
};

async function main(): Promise<number> {
  const missing = sizeBudgets.filter((budget) => !existsSync(resolve(root, budget.file)));
  if (missing.length > 0) {
    console.log(`Not built yet (${missing.map((budget) => budget.file).join(', ')}): running npm run build first.`);
    const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) return built.status ?? 1;
  }

  const results: SizeResult[] = [];
  const notes: string[] = [];
  for (const budget of sizeBudgets) {
    const file = resolve(root, budget.file);
    if (budget.measure === 'as-is') {
      results.push(toSizeResult(budget, measureSize(readFileSync(file))));
      continue;
    }
    const bundler = budget.bundler ?? 'vite';
    const { initial, lazy } = await bundlers[bundler](file, budget.imports);
    results.push(toSizeResult(budget, measureSize(initial)));
    if (lazy) notes.push(`${budget.label}: ${formatKilobytes(measureSize(lazy).gzipBytes)} gzip more, loaded on demand (not in the budget)`);
    if (budget.imports && bundler === 'vite') {
      const everything = await bundleWithDependencies(file);
      const total = measureSize(`${everything.initial}\n${everything.lazy}`).gzipBytes;
      notes.push(`${budget.file} with every export and everything on demand: ${formatKilobytes(total)} gzip (for reference)`);
    }
  }

  console.log(formatSizeTable(results));
  for (const note of notes) console.log(`  + ${note}`);
  const over = results.filter((result) => !result.withinBudget);
  if (over.length > 0) {
    console.error(`\n${over.length} over budget (gzip level 9, 1 kB = 1000 bytes).`);
    return 1;
  }
  console.log('\nAll within budget (gzip level 9, 1 kB = 1000 bytes).');
  return 0;
}

process.exitCode = await main();
