// @vitest-environment node
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findUndocumentedExports } from './helpers/findUndocumentedExports';

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const options = config?.options ?? {};

describe('TSDoc of the public API', () => {
  it('documents every export of the root entry (and so of core), every member, and every default', () => {
    expect(findUndocumentedExports(`${root}src/index.ts`, `${root}src`, options)).toEqual([]);
  }, 60_000);

  it('flags a bare export, a bare member and an input option without @defaultValue', () => {
    const folder = `${root}test/node/fixtures/undocumented`;
    expect(findUndocumentedExports(`${folder}/entry.ts`, folder, options)).toEqual([
      { name: 'bare', missing: 'doc' },
      { name: 'SampleOptions.withoutDefault', missing: '@defaultValue' },
      { name: 'SampleOptions.missingDoc', missing: 'doc' },
    ]);
  }, 60_000);
});
