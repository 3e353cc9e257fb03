import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { ignoreUseClientDirectives } from './ignoreUseClientDirectives.js';
import { libraryExternals } from './libraryExternals.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fromRoot = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * The npm library: ESM only, an entry per public path over one file per module, readable (the
 * user's bundler minifies), plus `dist/style.css`. Declarations come from tsc afterwards
 * (tsconfig.build.json); the embed bundle is built next into the same folder, so this build is
 * the one that empties it.
 */
export default defineConfig({
  root,
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: fromRoot('dist'),
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    // A CSS file as an entry needs per-entry CSS; no JS entry imports CSS, so no other CSS is emitted.
    cssCodeSplit: true,
    cssMinify: true,
    copyPublicDir: false,
    lib: {
      entry: {
        index: fromRoot('src/index.ts'),
        core: fromRoot('src/core.ts'),
        mock: fromRoot('src/mock/index.ts'),
        'mock-server': fromRoot('src/mock/server/index.ts'),
        proxy: fromRoot('src/proxy/index.ts'),
        style: fromRoot('src/theme/styles.css'),
      },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
      cssFileName: 'style',
    },
    rolldownOptions: {
      external: libraryExternals,
      onwarn: ignoreUseClientDirectives,
      output: {
        // One file per source module, as in src/: the app's bundler then drops what the app does
        // not import and keeps the form's dynamic import a chunk of its own (first load ~20 kB
        // instead of ~30 kB with everything reachable from one shared chunk).
        preserveModules: true,
        preserveModulesRoot: fromRoot('src'),
        // The root entry is components and hooks: mark it for React Server Components frameworks
        // (Next.js app router) so `<MeetingScheduler>` can be used from a server page as is. The
        // core entry stays unmarked: server code imports its client, query options and prefetch.
        banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : ''),
      },
    },
  },
});
