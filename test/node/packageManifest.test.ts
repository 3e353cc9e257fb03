// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  license: string;
  repository: { type: string; url: string };
  scripts: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as Manifest;

/** dist/<entry>.js is built from the source file the declarations path mirrors. */
function sourceOf(typesPath: string): string {
  return typesPath.replace(/^\.\/dist\/types\//, 'src/').replace(/\.d\.ts$/, '.ts');
}

describe('package.json of the published library', () => {
  it('declares the six JS entries and the stylesheet, each with types', () => {
    expect(Object.keys(manifest.exports).sort()).toEqual(
      ['.', './core', './headless', './mock', './mock/server', './package.json', './proxy', './style.css'].sort(),
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
    expect(manifest.files).toEqual(['dist', 'LICENSE', 'CHANGELOG.md']);
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

  it('dependencies are exactly the packages the shipped source imports, besides the peers', () => {
    // Every module under src ships (dist mirrors it file by file) but the dev gallery and the
    // script-tag entry's own modules, which the IIFE bundles with preact inside and dist never
    // imports.
    const scriptTagOnly = ['embed/browserEntry.ts', 'embed/runEffectsWithoutFrame.ts'];
    const shipped = readdirSync(fromRoot('src'), { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.tsx?$/.test(file) && !file.startsWith('dev') && !scriptTagOnly.includes(file),
    );
    const imported = new Set<string>();
    for (const file of shipped) {
      const source = readFileSync(fromRoot(`src/${file}`), 'utf8');
      for (const match of source.matchAll(/(?:from|import)\s*\(?\s*'([^'.][^']*)'/g)) {
        const specifier = match[1] as string;
        if (specifier.startsWith('node:')) continue;
        const parts = specifier.split('/');
        imported.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string));
      }
    }
    const peers = Object.keys(manifest.peerDependencies);
    expect([...imported].filter((name) => !peers.includes(name)).sort()).toEqual(Object.keys(manifest.dependencies).sort());
  });

  it('ships the MIT licence and the changelog, names its repository, and builds before publishing', () => {
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(fromRoot('LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(readFileSync(fromRoot('CHANGELOG.md'), 'utf8')).toMatch(/^## \[Unreleased\]$/m);
    expect(manifest.repository.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    expect(manifest.scripts.prepublishOnly).toBe('npm run build');
  });
});
