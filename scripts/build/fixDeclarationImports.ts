import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * tsc keeps the source's extensionless relative imports (`from './types'`) in the .d.ts files it
 * writes. Bundler resolution accepts them, but a user on `moduleResolution: node16`/`nodenext`
 * (an ESM package, `"type": "module"`) gets "cannot find module". Spell every relative specifier
 * out as `./types.js` or `./folder/index.js`, which every resolution mode accepts.
 */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

/** The rewritten specifier, or the original when it already has an extension or matches nothing. */
export function resolveDeclarationSpecifier(fromFile: string, specifier: string): string {
  if (/\.(js|mjs|cjs|json|css)$/.test(specifier)) return specifier;
  const base = resolve(dirname(fromFile), specifier);
  if (existsSync(`${base}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  return specifier;
}

/** Rewrites one declaration file's text. */
export function fixDeclarationText(fromFile: string, text: string): string {
  return text.replace(SPECIFIER, (_match, lead: string, quote: string, specifier: string) => {
    return `${lead}${quote}${resolveDeclarationSpecifier(fromFile, specifier)}${quote}`;
  });
}

function* declarationFiles(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* declarationFiles(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

/** Rewrites every .d.ts under `folder`; returns how many files changed. */
export function fixDeclarationImports(folder: string): number {
  let changed = 0;
  for (const file of declarationFiles(folder)) {
    const text = readFileSync(file, 'utf8');
    const fixed = fixDeclarationText(file, text);
    if (fixed !== text) {
      writeFileSync(file, fixed);
      changed += 1;
    }
  }
  return changed;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const folder = resolve(process.argv[2] ?? 'dist/types');
  const changed = fixDeclarationImports(folder);
  console.log(`declarations: relative imports spelled out in ${changed} files under ${folder}`);
}
