// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleWithEsbuild } from '../../scripts/size/bundleWithEsbuild';
import { bundleWithWebpack } from '../../scripts/size/bundleWithWebpack';

// A built library in miniature: the entry reaches one module statically (shared with a lazy
// module, so it lands in its own chunk) and many only through `import()`, like the catalogs —
// each of which esbuild also reports with an `entryPoint`.
const lazyNames = Array.from({ length: 24 }, (_, index) => `lazy${String.fromCharCode(97 + index)}`);
const root = mkdtempSync(join(tmpdir(), 'ms-size-bundlers-'));
const lib = join(root, 'dist');
mkdirSync(lib);
const files: Record<string, string> = {
  'index.js': `import { shared } from './shared.js';
export const Widget = () => [shared(), ${lazyNames.map((name) => `import('./${name}.js')`).join(', ')}];`,
  'jsx.js': `import { jsx } from 'react/jsx-runtime';\nexport const Widget = () => jsx('div', { children: 'JSX_MARKER' });`,
  'shared.js': `export const shared = () => console.log('STATIC_SHARED_MARKER');`,
  ...Object.fromEntries(
    lazyNames.map((name) => [
      `${name}.js`,
      `import { shared } from './shared.js';\nexport const run = () => { shared(); console.log('${name.toUpperCase()}_MARKER'); };`,
    ]),
  ),
};
for (const [name, source] of Object.entries(files)) writeFileSync(join(lib, name), source);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('esbuild first-load measurement', () => {
  it('counts the entry and every chunk it imports statically, not the dynamic imports', async () => {
    const { initial, lazy } = await bundleWithEsbuild(join(lib, 'index.js'), ['Widget']);
    expect(initial).toContain('STATIC_SHARED_MARKER');
    for (const name of lazyNames) {
      expect(initial).toContain(`./${name}-`);
      expect(initial).not.toContain(`${name.toUpperCase()}_MARKER`);
      expect(lazy).toContain(`${name.toUpperCase()}_MARKER`);
    }
  });
});

describe('webpack first-load measurement', () => {
  it('leaves the React peers out, subpaths such as react/jsx-runtime included', async () => {
    const { initial } = await bundleWithWebpack(join(lib, 'jsx.js'), ['Widget']);
    expect(initial).toContain('JSX_MARKER');
    expect(initial).toContain('self["react/jsx-runtime"]');
    expect(initial).not.toContain('react.transitional.element');
  });

  it("loads lazy chunks with webpack's default runtime, as a web app's build does", async () => {
    const { initial, lazy } = await bundleWithWebpack(join(lib, 'index.js'), ['Widget']);
    expect(initial).toContain('STATIC_SHARED_MARKER');
    // Classic chunks by file name, not an `import()` per chunk listed in the runtime.
    expect(initial).not.toContain('import(');
    for (const name of lazyNames) {
      expect(initial).not.toContain(`${name.toUpperCase()}_MARKER`);
      expect(lazy).toContain(`${name.toUpperCase()}_MARKER`);
    }
  });
});
