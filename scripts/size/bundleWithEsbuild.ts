import { build } from 'esbuild';
import type { BundledCode } from './BundledCode';
import { peerPackages } from './peerPackages';
import { writeImportingEntry } from './writeImportingEntry';

/**
 * The library as an esbuild app ships it: ESM with code splitting, minified, the React peers
 * external. Initial code is the entry's output and every chunk it imports statically.
 */
export async function bundleWithEsbuild(entryFile: string, imports?: readonly string[]): Promise<BundledCode> {
  const entry = writeImportingEntry(entryFile, imports, 'esbuild-entry');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    outdir: '/esbuild-out',
    logLevel: 'silent',
    absWorkingDir: '/',
    external: peerPackages.flatMap((name) => [name, `${name}/*`]),
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    loader: { '.css': 'empty' },
  });
  const outputs = result.metafile.outputs;
  const code = new Map(result.outputFiles.map((file) => [file.path, file.text]));
  // Dynamically imported modules get an `entryPoint` too: match the app's entry itself.
  const entryPoint = entry.replace(/^\//, '');
  const entryOut = Object.keys(outputs).find((path) => outputs[path]?.entryPoint === entryPoint && path.endsWith('.js'));
  if (!entryOut) throw new Error(`esbuild made no entry chunk for ${entryFile}`);
  const included = new Set<string>();
  const visit = (path: string): void => {
    if (included.has(path)) return;
    included.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entryOut);
  const codeOf = (paths: string[]): string => paths.map((path) => code.get(`/${path.replace(/^\//, '')}`) ?? '').join('\n');
  const js = Object.keys(outputs).filter((path) => path.endsWith('.js'));
  return { initial: codeOf([...included]), lazy: codeOf(js.filter((path) => !included.has(path))) };
}
