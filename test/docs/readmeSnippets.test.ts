// @vitest-environment node
// Runs after `npm run build` (`npm run test:docs`, a step of .ci/run): the README's TypeScript
// must compile against the declarations users install, not against src.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractReadmeSnippets } from '../../scripts/docs/extractReadmeSnippets';
import { typecheckSnippets } from '../../scripts/docs/typecheckSnippets';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const readme = readFileSync(`${root}/README.md`, 'utf8');

describe('README snippets against the built package', () => {
  it('every ts/tsx snippet type-checks against dist/types', () => {
    const snippets = extractReadmeSnippets(readme);
    expect(snippets.length).toBeGreaterThan(0);
    const errors = typecheckSnippets(root, manifest, snippets).map(
      ({ line, message }) => `README.md:${line}: ${message}`,
    );
    expect(errors).toEqual([]);
  });

  it('would catch a snippet that is wrong (the old quick start used an undefined `analytics`)', () => {
    const broken = {
      language: 'tsx' as const,
      line: 100,
      code: 'import { MeetingScheduler } from \'meeting-scheduler\';\nexport const A = () => <MeetingScheduler slug="x" onBooked={(r) => analytics.track(r)} />;',
    };
    const errors = typecheckSnippets(root, manifest, [broken]);
    expect(errors).toEqual([{ line: 101, message: "Cannot find name 'analytics'." }]);
  });
});
