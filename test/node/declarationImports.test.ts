// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixDeclarationImports, fixDeclarationText } from '../../scripts/build/fixDeclarationImports';

let folder = '';
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = '';
});

function declarations(files: Record<string, string>): string {
  folder = mkdtempSync(join(tmpdir(), 'ms-dts-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

describe('declaration imports for node16/nodenext consumers', () => {
  it('spells out files as .js and folders as /index.js; leaves packages and explicit extensions', () => {
    const root = declarations({
      'index.d.ts': '',
      'api/types.d.ts': '',
      'api/index.d.ts': '',
      'components/MeetingScheduler.d.ts': '',
    });
    const text = [
      "export { MeetingScheduler } from './components/MeetingScheduler';",
      "export * from './api';",
      "export type { BookingInfo } from './api/types';",
      "import type { QueryClient } from '@tanstack/react-query';",
      "export { x } from './already.js';",
      "type T = import('./api/types').BookingInfo;",
    ].join('\n');
    expect(fixDeclarationText(join(root, 'index.d.ts'), text).split('\n')).toEqual([
      "export { MeetingScheduler } from './components/MeetingScheduler.js';",
      "export * from './api/index.js';",
      "export type { BookingInfo } from './api/types.js';",
      "import type { QueryClient } from '@tanstack/react-query';",
      "export { x } from './already.js';",
      "type T = import('./api/types.js').BookingInfo;",
    ]);
  });

  it('resolves parent-relative imports from nested files and rewrites files in place', () => {
    const root = declarations({
      'api/types.d.ts': 'export interface A {}',
      'hooks/useX.d.ts': "import type { A } from '../api/types';\nexport declare function useX(): A;",
    });
    expect(fixDeclarationImports(root)).toBe(1);
    expect(readFileSync(join(root, 'hooks/useX.d.ts'), 'utf8')).toContain("from '../api/types.js'");
    // A second run finds nothing left to change.
    expect(fixDeclarationImports(root)).toBe(0);
  });
});
