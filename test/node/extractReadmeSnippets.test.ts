// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReadmeSnippets, SKIP_MARKER } from '../../scripts/docs/extractReadmeSnippets';

const fence = '```';

describe('extractReadmeSnippets', () => {
  it('finds every ts and tsx block, in order, with the line its code starts on', () => {
    const markdown = [
      '# Title',
      `${fence}ts`,
      'const a = 1;',
      fence,
      `${fence}sh`,
      'npm test',
      fence,
      `${fence}tsx`,
      'export const b = <p />;',
      'export const c = 2;',
      fence,
      `${fence}ts`,
      'const d = 4;',
      fence,
    ].join('\n');
    expect(extractReadmeSnippets(markdown)).toEqual([
      { language: 'ts', code: 'const a = 1;', line: 3 },
      { language: 'tsx', code: 'export const b = <p />;\nexport const c = 2;', line: 9 },
      { language: 'ts', code: 'const d = 4;', line: 13 },
    ]);
  });

  it('reads fences indented in list items, and longer fences holding shorter ones', () => {
    const markdown = [
      '- item:',
      '',
      `  ${fence}ts`,
      '  if (x) {',
      '    y();',
      '  }',
      `  ${fence}`,
      '````ts',
      `const s = '${fence}';`,
      '````',
    ].join('\n');
    expect(extractReadmeSnippets(markdown).map((snippet) => snippet.code)).toEqual([
      'if (x) {\n  y();\n}',
      `const s = '${fence}';`,
    ]);
  });

  it('leaves out a block only behind the visible skip marker', () => {
    const markdown = [
      '<!-- readme-snippet: skip (partial on purpose) -->',
      `${fence}ts`,
      'partial(',
      fence,
      `${fence}ts`,
      'kept();',
      fence,
    ].join('\n');
    expect(extractReadmeSnippets(markdown).map((snippet) => snippet.code)).toEqual(['kept();']);
  });

  it('refuses an unclosed fence', () => {
    expect(() => extractReadmeSnippets(`text\n${fence}ts\nconst a = 1;`)).toThrow(/line 2/);
  });

  it('finds the README’s snippets, none of them skipped', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(extractReadmeSnippets(readme).length).toBeGreaterThanOrEqual(4);
    expect(readme.split('\n').filter((line) => SKIP_MARKER.test(line))).toEqual([]);
  });
});
