import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';
import { ignoreUseClientDirectives } from './ignoreUseClientDirectives.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const fromRoot = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const { version } = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string };

/**
 * One of the script-tag files (dist/meeting-scheduler*.js): a self-contained, minified classic
 * IIFE, built into dist/ after the library (which empties it).
 *
 * React is swapped for preact/compat HERE ONLY: react-dom 19 alone is ~60 kB gzip and React +
 * react-query + DOMPurify came to ~88 kB before any widget code, over the 75 kB budget; the same
 * set on preact/compat is ~28 kB. The npm library still runs on the user's React; the browser
 * tests (test/e2e/embed*.test.ts) run the whole booking flow on this build to prove the swap.
 */
export function embedBuildConfig(options: { entry: string; fileName: string; plugins?: Plugin[]; format?: 'iife' | 'es' }): UserConfig {
  return {
    root,
    publicDir: false,
    plugins: options.plugins,
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      __MEETING_SCHEDULER_VERSION__: JSON.stringify(version),
    },
    resolve: {
      alias: [
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
        { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-runtime' },
        { find: /^react$/, replacement: 'preact/compat' },
        // Catalogs load from files next to the bundle (vite.locales.config.ts), not from chunks
        // inlined into it: only src/i18n/catalogStore.ts imports './importCatalog'.
        { find: /^\.\/importCatalog$/, replacement: fromRoot('src/embed/importEmbedCatalog.ts') },
        // Likewise the zone search and its country table, fetched when a zone picker first opens.
        { find: /^\.\.\/scheduling\/importZoneSearch$/, replacement: fromRoot('src/embed/importEmbedZoneSearch.ts') },
        // The browser's zone from Temporal.Now, so the loader's request does not wait for ICU.
        { find: /^\.\/systemTimeZone$/, replacement: fromRoot('src/embed/systemTimeZoneFromTemporal.ts') },
      ],
    },
    build: {
      outDir: fromRoot('dist'),
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: true,
      lib: {
        entry: fromRoot(options.entry),
        formats: [options.format ?? 'iife'],
        // The IIFE assigns nothing itself: each entry installs its own global once.
        name: '__meetingSchedulerEmbed',
        fileName: () => options.fileName,
      },
      // One file: what it imports on demand (e.g. DOMPurify's loader) is inlined, not split.
      rolldownOptions: { onwarn: ignoreUseClientDirectives, output: { codeSplitting: false } },
    },
  };
}
