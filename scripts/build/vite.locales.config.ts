import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromRoot = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const catalogDir = fromRoot('src/i18n/catalogs');

/**
 * The script-tag bundle's message catalogs: `dist/locales/<locale>.js`, one minified ES module per
 * locale next to `meeting-scheduler.embed.js`, which imports the one it needs from its own URL
 * (src/embed/importEmbedCatalog.ts). Helpers they share (plural rules, formatters) go to a shared
 * chunk in the same folder. Runs after the library and embed builds, into the same dist.
 */
export default defineConfig({
  root: fromRoot('.'),
  publicDir: false,
  build: {
    outDir: fromRoot('dist/locales'),
    emptyOutDir: true,
    copyPublicDir: false,
    minify: true,
    target: 'es2020',
    lib: {
      entry: {
        ...Object.fromEntries(
          readdirSync(catalogDir)
            .filter((file) => file.endsWith('.ts'))
            .map((file) => [file.slice(0, -3), `${catalogDir}/${file}`]),
        ),
        // Not a catalog but the zone picker's search and its country names, loaded likewise
        // (src/embed/importEmbedZoneSearch.ts).
        'zone-search': fromRoot('src/scheduling/zoneSearch.ts'),
      },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      // Library mode keeps whitespace in ES output even with build.minify; these files go to browsers as is.
      output: { chunkFileNames: 'shared-[hash].js', minify: true },
    },
  },
});
