import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

/** Where the bundled React host page is written (served by the tests' static server). */
export const REACT_PAGE_DIR = resolve('test-results/react-page');

/**
 * Bundles test/e2e/pages/reactEntry.tsx (React 19 and the built package) into REACT_PAGE_DIR as
 * `react-app.js`, with `react.html` loading it. No inline script: the page runs under strict CSPs.
 */
export async function buildReactPage(): Promise<void> {
  mkdirSync(REACT_PAGE_DIR, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: REACT_PAGE_DIR,
      emptyOutDir: false,
      minify: false,
      lib: { entry: resolve('test/e2e/pages/reactEntry.tsx'), formats: ['es'], fileName: () => 'react-app.js' },
      rolldownOptions: { onwarn: () => {} },
    },
  });
  writeFileSync(
    join(REACT_PAGE_DIR, 'react.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>react host</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/dist/style.css"><script src="/trap.js"></script></head>
<body><div id="app"></div><script type="module" src="/react-app.js"></script></body></html>`,
  );
}
