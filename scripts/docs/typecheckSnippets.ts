import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import type { ReadmeSnippet } from './extractReadmeSnippets';

/** One compiler error, placed on the README line it comes from. */
export interface SnippetDiagnostic {
  line: number;
  message: string;
}

interface PackageManifest {
  name: string;
  exports: Record<string, string | { types?: string }>;
}

/**
 * `paths` that resolve the package's own name (and each subpath export) to the declarations the
 * exports map names, i.e. to dist/types as an installed package would: whatever entries exist.
 */
export function packagePaths(root: string, manifest: PackageManifest): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    if (typeof target === 'string' || !target.types) continue;
    const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.replace(/^\.\//, '')}`;
    paths[specifier] = [resolve(root, target.types)];
  }
  return paths;
}

/**
 * Type-checks each snippet as its own module (strict, React JSX, bundler resolution), with
 * `meeting-scheduler` resolving to the built declarations and everything else (react, msw, node's
 * types) to the project's node_modules. The files are written under node_modules/.cache so that
 * resolution works, and removed afterwards. Returns the errors, mapped to README lines.
 */
export function typecheckSnippets(
  root: string,
  manifest: PackageManifest,
  snippets: readonly ReadmeSnippet[],
): SnippetDiagnostic[] {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'readme-snippets-'));
  try {
    const files = snippets.map((snippet, index) => {
      const file = join(dir, `snippet-${index + 1}.${snippet.language}`);
      // `export {}` keeps a snippet without imports a module, so snippets never share names.
      writeFileSync(file, `${snippet.code}\nexport {};\n`);
      return { file, snippet };
    });
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.ReactJSX,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      esModuleInterop: true,
      isolatedModules: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules', '@types')],
      baseUrl: root,
      paths: packagePaths(root, manifest),
    };
    for (const [specifier, [target]] of Object.entries(options.paths ?? {})) {
      if (!target || !existsSync(target))
        throw new Error(`${specifier}: ${relative(root, target ?? '')} is missing; run npm run build first`);
    }
    const program = ts.createProgram(
      files.map(({ file }) => file),
      options,
    );
    const byFile = new Map(files.map(({ file, snippet }) => [resolve(file), snippet]));
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      const snippet = diagnostic.file ? byFile.get(resolve(diagnostic.file.fileName)) : undefined;
      if (!snippet || !diagnostic.file || diagnostic.start === undefined) return { line: 0, message };
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      return { line: snippet.line + line, message };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
