// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fromRoot = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

interface ConditionalExport {
  types: string;
  import: string;
}
interface Manifest {
  main: string;
  module: string;
  types: string;
  files: string[];
  sideEffects: string[];
  exports: Record<string, ConditionalExport | string>;
  peerDependencies: Record<string, string>;
  dependencies: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as Manifest;

/** dist/<entry>.js is built from the source file the declarations path mirrors. */
function sourceOf(typesPath: string): string {
  return typesPath.replace(/^\.\/dist\/types\//, 'src/').replace(/\.d\.ts$/, '.ts');
}

describe('package.json of the published library', () => {
  it('declares the five JS entries and the stylesheet, each with types', () => {
    expect(Object.keys(manifest.exports).sort()).toEqual(
      ['.', './core', './mock', './mock/server', './package.json', './proxy', './style.css'].sort(),
    );
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (typeof target === 'string') continue;
      expect(target.import, subpath).toMatch(/^\.\/dist\/[\w-]+\.js$/);
      expect(target.types, subpath).toMatch(/^\.\/dist\/types\/.+\.d\.ts$/);
      // The declarations path mirrors an existing source entry (tsc writes src/x → dist/types/x).
      expect(existsSync(fromRoot(sourceOf(target.types))), `${subpath}: ${sourceOf(target.types)}`).toBe(true);
    }
    expect(manifest.exports['./style.css']).toBe('./dist/style.css');
  });

  it('the library build writes exactly the files the exports name', async () => {
    const { default: config } = await import('../../scripts/build/vite.lib.config');
    const lib = config.build?.lib;
    if (!lib || typeof lib.entry !== 'object' || Array.isArray(lib.entry)) throw new Error('lib entries expected');
    const entries = lib.entry as Record<string, string>;
    const jsTargets = Object.values(manifest.exports)
      .filter((target): target is ConditionalExport => typeof target !== 'string')
      .map((target) => target.import);
    const jsEntries = Object.keys(entries).filter((name) => !entries[name]?.endsWith('.css'));
    expect(jsEntries.map((name) => `./dist/${name}.js`).sort()).toEqual(jsTargets.sort());
    // Each entry is built from the source the declarations describe.
    for (const target of Object.values(manifest.exports)) {
      if (typeof target === 'string') continue;
      const name = target.import.replace(/^\.\/dist\//, '').replace(/\.js$/, '');
      expect(entries[name]).toBe(fromRoot(sourceOf(target.types)));
    }
  });

  it('main/module/types point at the root entry; only dist is published; only CSS has side effects', () => {
    const root = manifest.exports['.'] as ConditionalExport;
    expect(manifest.main).toBe(root.import);
    expect(manifest.module).toBe(root.import);
    expect(manifest.types).toBe(root.types);
    expect(manifest.files).toEqual(['dist']);
    expect(manifest.sideEffects).toEqual(['**/*.css']);
  });

  it('keeps React and react-query as peers (18 and 19), never as dependencies', () => {
    expect(manifest.peerDependencies.react).toMatch(/\^18.*\^19/);
    expect(manifest.peerDependencies['react-dom']).toMatch(/\^18.*\^19/);
    expect(manifest.peerDependencies['@tanstack/react-query']).toBeDefined();
    for (const peer of ['react', 'react-dom', '@tanstack/react-query']) {
      expect(manifest.dependencies[peer]).toBeUndefined();
    }
  });
});
