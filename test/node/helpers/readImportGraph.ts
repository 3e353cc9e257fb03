import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Source files (paths relative to the root, `/`-separated) and the files each imports. */
export type ImportGraph = Map<string, string[]>;

const EXTENSIONS = ['.ts', '.tsx', '.d.ts'];

function listSources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => join(base, `index${ext}`))];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/**
 * Every relative import (static, dynamic, type-only and re-exports alike) of every `.ts`/`.tsx`
 * file under `folder`, read with TypeScript's own pre-processor so no import form is missed.
 * Package imports and assets (`?inline` CSS) are left out: only our own modules can form a cycle.
 */
export function readImportGraph(root: string, folder: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of listSources(join(root, folder))) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.') && !specifier.includes('?'))
      .map((specifier) => resolveRelative(file, specifier))
      .filter((target): target is string => target !== undefined)
      .map((target) => relative(root, target).split('\\').join('/'));
    graph.set(relative(root, file).split('\\').join('/'), [...new Set(targets)]);
  }
  return graph;
}

/** The package names (bare specifiers) one file imports. */
export function readPackageImports(root: string, file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  return info.importedFiles.map((imported) => imported.fileName).filter((specifier) => !specifier.startsWith('.'));
}
