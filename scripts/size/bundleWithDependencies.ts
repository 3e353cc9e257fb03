import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { peerExternals } from '../build/libraryExternals';

import type { BundledCode } from './BundledCode';

export type { BundledCode } from './BundledCode';

/**
 * Re-bundles a built library entry the way a user's bundler would for a production app: the
 * React peers stay outside (the app has them anyway), everything else the entry reaches (DOMPurify,
 * shared chunks) is pulled in, tree-shaken and fully minified. Code reached only through dynamic
 * imports is returned apart: it is not paid for on first load. Writes nothing.
 */
export async function bundleWithDependencies(entryFile: string, imports?: readonly string[]): Promise<BundledCode> {
  const entry = imports ? writeReexportingEntry(entryFile, imports) : entryFile;
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      emptyOutDir: false,
      lib: { entry, formats: ['es'], fileName: () => 'measured.js' },
      // Library mode keeps whitespace for ES output; an app's production build would not.
      rolldownOptions: { external: peerExternals, output: { minify: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entryChunk = chunks.find((chunk) => chunk.isEntry);
  if (!entryChunk) throw new Error(`No entry chunk when bundling ${entryFile}`);

  // The entry plus every chunk it imports statically, transitively.
  const included = new Set<string>();
  const visit = (fileName: string): void => {
    if (included.has(fileName)) return;
    included.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(entryChunk.fileName);
  const codeOf = (fileNames: string[]): string => fileNames.map((fileName) => byName.get(fileName)?.code ?? '').join('\n');
  return {
    initial: codeOf([...included]),
    lazy: codeOf([...byName.keys()].filter((fileName) => !included.has(fileName))),
  };
}

/** A module re-exporting only `imports` from the built file, beside it so its imports resolve. */
function writeReexportingEntry(entryFile: string, imports: readonly string[]): string {
  const file = resolve(dirname(entryFile), '../node_modules/.cache/size', 'importing-entry.js');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `export { ${imports.join(', ')} } from ${JSON.stringify(entryFile)};\n`);
  return file;
}
