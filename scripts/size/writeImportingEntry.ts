import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * An app's entry that imports `imports` from the built file and uses them, as size-limit writes
 * it (`import { X } from 'pkg'; console.log(X)`), so every bundler keeps exactly what they reach.
 * Every export when `imports` is absent. Written beside the build so its imports resolve.
 */
export function writeImportingEntry(entryFile: string, imports: readonly string[] | undefined, name: string): string {
  const file = resolve(dirname(entryFile), '../node_modules/.cache/size', `${name}.js`);
  mkdirSync(dirname(file), { recursive: true });
  const source = imports
    ? `import { ${imports.join(', ')} } from ${JSON.stringify(entryFile)};\nconsole.log(${imports.join(', ')});\n`
    : `import * as all from ${JSON.stringify(entryFile)};\nconsole.log(all);\n`;
  writeFileSync(file, source);
  return file;
}
