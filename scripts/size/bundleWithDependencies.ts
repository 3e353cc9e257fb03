import { build, type Rolldown } from 'vite';
import { peerExternals } from '../build/libraryExternals';

/**
 * Re-bundles a built library entry the way a user's bundler would for a production app: the
 * React peers stay outside (the app has them anyway), everything else the entry reaches at load
 * time (date-fns functions, DOMPurify, shared chunks) is pulled in, tree-shaken and minified.
 * Lazily imported chunks (e.g. a locale loaded on demand) are left out: they are not paid for
 * on first load. Returns that code; writes nothing.
 */
export async function bundleWithDependencies(entryFile: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      emptyOutDir: false,
      lib: { entry: entryFile, formats: ['es'], fileName: () => 'measured.js' },
      rolldownOptions: { external: peerExternals },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error(`No entry chunk when bundling ${entryFile}`);

  // The entry plus every chunk it imports statically, transitively.
  const included = new Set<string>();
  const visit = (fileName: string): void => {
    if (included.has(fileName)) return;
    included.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(entry.fileName);
  return [...included].map((fileName) => byName.get(fileName)?.code ?? '').join('\n');
}
