import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { warmPage } from './benchPage';
import { reactBenchEntry } from './reactBenchEntry';

/**
 * Bundles the React page with Vite the way an app would (production mode, the form's chunks still
 * split off and loaded on demand) into `outDir`, as the warm page (see `warmPage`). The sources go
 * in `workDir`, which must be inside the project so `react` resolves from its node_modules.
 */
export async function buildReactBenchPage(options: { workDir: string; outDir: string; distDir: string }): Promise<void> {
  const { workDir, outDir, distDir } = options;
  mkdirSync(workDir, { recursive: true });
  writeFileSync(join(workDir, 'entry.js'), reactBenchEntry(distDir));
  writeFileSync(join(workDir, 'index.html'), warmPage());
  await build({
    configFile: false,
    root: workDir,
    base: './',
    publicDir: false,
    // Quiet: dist/index.js starts with "use client", which Vite reports for every module.
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}
