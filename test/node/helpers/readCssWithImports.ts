import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** A stylesheet with its relative `@import`s inlined (what the build does), for checks over src. */
export function readCssWithImports(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const css = readFileSync(file, 'utf8');
  return css.replace(/@import\s+(?:url\()?\s*['"]([^'"]+)['"]\s*\)?[^;]*;/g, (_statement, path: string) =>
    readCssWithImports(resolve(dirname(file), path), seen),
  );
}
