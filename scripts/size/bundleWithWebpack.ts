import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import type { BundledCode } from './BundledCode';
import { peerPackages } from './peerPackages';
import { writeImportingEntry } from './writeImportingEntry';

/**
 * The library as a webpack 5 app ships it: production mode (minified, tree-shaken, default
 * splitChunks and chunk loading), the React peers external. Initial code is every JS file of the
 * entrypoint; the rest (dynamic imports) is lazy. Built into a temporary folder, removed afterwards.
 */
export async function bundleWithWebpack(entryFile: string, imports?: readonly string[]): Promise<BundledCode> {
  const entry = writeImportingEntry(entryFile, imports, 'webpack-entry');
  const outDir = mkdtempSync(join(tmpdir(), 'ms-size-webpack-'));
  try {
    const compiler = webpack({
      mode: 'production',
      context: outDir,
      entry: { main: entry },
      // Webpack's own output for a web app (classic chunks loaded by its JSONP runtime), as
      // size-limit measures it: ES-module output would add an `import()` per lazy chunk to the
      // runtime, one per catalog, that a default webpack app does not ship.
      output: { path: outDir, filename: '[name].js', chunkFilename: '[id].chunk.js' },
      // The peers and their subpaths (react/jsx-runtime) as globals, as the Vite and esbuild
      // measures leave them out.
      externalsType: 'global',
      externals: ({ request }, callback) => {
        const peer = request !== undefined && peerPackages.some((name) => request === name || request.startsWith(`${name}/`));
        callback(undefined, peer ? request : undefined);
      },
      module: { rules: [{ test: /\.css$/, type: 'asset/resource' }] },
      resolve: { fullySpecified: false },
      performance: { hints: false },
      devtool: false,
      // Webpack keeps NODE_ENV on `process.env` by itself in production mode.
      infrastructureLogging: { level: 'error' },
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) => {
      compiler.run((error, result) => {
        compiler.close(() => {});
        if (error || !result) reject(error ?? new Error('webpack gave no stats'));
        else if (result.hasErrors()) reject(new Error(result.toString({ all: false, errors: true })));
        else resolve(result);
      });
    });
    const json = stats.toJson({ all: false, entrypoints: true, assets: true });
    const initialFiles = new Set((json.entrypoints?.main?.assets ?? []).map((asset) => asset.name).filter((name) => name.endsWith('.js')));
    const allJs = (json.assets ?? []).map((asset) => asset.name).filter((name) => name.endsWith('.js'));
    const codeOf = (names: string[]): string => names.map((name) => readFileSync(join(outDir, name), 'utf8')).join('\n');
    return { initial: codeOf([...initialFiles]), lazy: codeOf(allJs.filter((name) => !initialFiles.has(name))) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
