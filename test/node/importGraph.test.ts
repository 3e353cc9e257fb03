// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findImportCycles } from './helpers/findImportCycles';
import { findLayerViolations } from './helpers/findLayerViolations';
import { readImportGraph, readPackageImports, type ImportGraph } from './helpers/readImportGraph';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Data flows one way (DESIGN.md §3): model → api/scheduling/booking/i18n/theme → hooks → components
// → embed/dev. Each layer lists the folders it must never import.
const VIEWS = ['components', 'embed', 'dev'];
const FORBIDDEN: Record<string, readonly string[]> = {
  model: ['api', 'scheduling', 'booking', 'hooks', 'i18n', 'theme', 'mock', 'proxy', ...VIEWS],
  api: ['scheduling', 'booking', 'hooks', 'i18n', 'theme', 'mock', ...VIEWS],
  scheduling: ['booking', 'hooks', 'i18n', 'theme', 'mock', 'proxy', ...VIEWS],
  booking: ['hooks', 'theme', 'mock', 'proxy', ...VIEWS],
  i18n: ['hooks', 'theme', 'mock', 'proxy', ...VIEWS],
  theme: ['hooks', 'mock', 'proxy', ...VIEWS],
  hooks: ['mock', 'proxy', ...VIEWS],
  mock: ['hooks', 'proxy', ...VIEWS],
  proxy: ['hooks', 'mock', ...VIEWS],
  components: ['embed', 'dev', 'mock', 'proxy'],
};

describe('the import graph of src/', () => {
  const graph = readImportGraph(root, 'src');

  it('reads every module and its relative imports', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('src/components/MeetingScheduler.tsx')).toContain('src/components/SchedulerFlow.tsx');
  });

  it('has no cycle', () => {
    expect(findImportCycles(graph)).toEqual([]);
  });

  it('has no import against the layering (nothing below components imports it)', () => {
    expect(findLayerViolations(graph, FORBIDDEN)).toEqual([]);
  });
});

describe('the framework-free entry (meeting-scheduler/core)', () => {
  const graph = readImportGraph(root, 'src');
  const closure = new Set<string>();
  const visit = (file: string) => {
    if (closure.has(file)) return;
    closure.add(file);
    for (const target of graph.get(file) ?? []) visit(target);
  };
  visit('src/core.ts');

  it('reaches no view and no React: server code can import it', () => {
    expect(closure.size).toBeGreaterThan(50);
    expect([...closure].filter((file) => file.endsWith('.tsx') || /^src\/(components|embed|dev|mock|proxy)\//.test(file))).toEqual([]);
    const packages = [...closure].flatMap((file) => readPackageImports(root, file));
    expect(packages.filter((name) => name === 'react' || name.startsWith('react/') || name.startsWith('react-dom'))).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const sample: ImportGraph = new Map([
    ['src/i18n/a.ts', ['src/components/b.ts']],
    ['src/components/b.ts', ['src/i18n/c.ts']],
    ['src/i18n/c.ts', ['src/i18n/a.ts']],
    ['src/model/d.ts', ['src/model/d.ts']],
    ['src/hooks/e.ts', ['src/model/d.ts']],
  ]);

  it('find a cycle through several files and a file importing itself', () => {
    expect(findImportCycles(sample)).toEqual([['src/components/b.ts', 'src/i18n/a.ts', 'src/i18n/c.ts'], ['src/model/d.ts']]);
  });

  it('find an import from a lower layer into components', () => {
    expect(findLayerViolations(sample, FORBIDDEN)).toEqual([{ from: 'src/i18n/a.ts', to: 'src/components/b.ts' }]);
  });
});
