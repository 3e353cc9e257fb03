// The built npm package as a user gets it: dist/ imported through package.json `exports` in a
// plain Node process, its declarations under node16/nodenext resolution, its stylesheet scoped.
// Runs with the browser tests because it needs `npm run build` first (.ci/run builds before them).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCssScopeViolations } from '../node/helpers/findCssScopeViolations';

const run = promisify(execFile);
const ROOT = resolve('.');
const BUILT = ['dist/index.js', 'dist/mock.js', 'dist/mock-server.js', 'dist/proxy.js', 'dist/style.css', 'dist/types/index.d.ts'];

beforeAll(() => {
  const missing = BUILT.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`Not built (${missing.join(', ')}): run "npm run build" first.`);
});

// Node resolves a package's own name through its `exports` ("self-reference"), so this script
// imports exactly what `import ... from 'meeting-scheduler'` gives a user, with no bundler between.
const CONSUMER_SCRIPT = `
  import { createElement } from 'react';
  import { renderToString } from 'react-dom/server';
  const library = await import('meeting-scheduler');
  const mock = await import('meeting-scheduler/mock');
  const { startMockServer } = await import('meeting-scheduler/mock/server');
  const proxy = await import('meeting-scheduler/proxy');
  const html = renderToString(createElement(library.MeetingScheduler, { slug: 'x' }));
  const server = await startMockServer({ port: 0, host: '127.0.0.1' });
  const response = await fetch(server.url + '/scheduler/v3/meetings/meeting-links/book/menelson?timezone=UTC');
  await server.close();
  console.log(JSON.stringify({
    hasWindow: typeof window !== 'undefined',
    library: Object.keys(library),
    mock: Object.keys(mock),
    proxy: Object.keys(proxy),
    html,
    status: response.status,
    css: import.meta.resolve('meeting-scheduler/style.css'),
  }));
`;

describe('dist through package.json exports, in plain Node', () => {
  it('imports every entry without a DOM, renders the loading state, runs the mock server', async () => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', CONSUMER_SCRIPT], { cwd: ROOT, timeout: 60_000 });
    const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
      hasWindow: boolean;
      library: string[];
      mock: string[];
      proxy: string[];
      html: string;
      status: number;
      css: string;
    };
    expect(result.hasWindow).toBe(false);
    expect(result.library).toEqual(expect.arrayContaining(['MeetingScheduler', 'createMeetingsClient', 'MeetingsApiError']));
    expect(result.mock).toEqual(expect.arrayContaining(['createScenarioScheduler', 'scenarios', 'createMockHandlers']));
    expect(result.proxy).toEqual(expect.arrayContaining(['createMeetingsProxy']));
    expect(result.html).toMatch(/aria-busy="true"/);
    expect(result.status).toBe(200);
    expect(result.css).toBe(`file://${join(ROOT, 'dist/style.css')}`);
  });

  it('leaves React, react-query and the dependencies to the user: no copy of them inside dist', () => {
    // dist keeps one file per module: read them all, as an app's bundler would reach them.
    const library = readdirSync('dist', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js') && !file.startsWith('types') && !file.includes('embed'))
      .map((file) => readFileSync(join('dist', file), 'utf8'))
      .join('\n');
    for (const bare of ['react', 'react/jsx-runtime', '@tanstack/react-query', 'dompurify']) {
      expect(library).toContain(`from "${bare}"`.replace('from "dompurify"', 'import("dompurify")'));
    }
    expect(library).not.toMatch(/__SECRET_INTERNALS|__CLIENT_INTERNALS|react\.production|DOMPurify\.version|class QueryClient/);
  });
});

describe('dist/style.css', () => {
  it('is one minified file that styles only the widget', () => {
    const css = readFileSync('dist/style.css', 'utf8');
    expect(css.length).toBeGreaterThan(1000);
    expect(css).not.toMatch(/@import/);
    expect(css.split('\n').length).toBeLessThan(5);
    expect(findCssScopeViolations(css)).toEqual([]);
  });
});

describe('dist/meeting-scheduler.embed.js', () => {
  it('is one self-contained classic script', () => {
    const bundle = readFileSync('dist/meeting-scheduler.embed.js', 'utf8');
    // No module syntax: a plain <script> runs it as is. The files it imports are data from
    // locales/ beside it (dynamic import() works in classic scripts): a message catalog, the zone
    // picker's full search and country table. Never code it cannot do without (English is inside,
    // and the picker filters by zone ids until its search is in).
    expect(bundle).not.toMatch(/^\s*(import|export)\s/m);
    expect(bundle.match(/\bimport\(/g)).toHaveLength(1);
    expect(bundle).toContain('locales/${');
    expect(bundle).toContain('locales/zone-search.js');
    expect(bundle).not.toContain('AD:Europe/Andorra');
    expect(bundle).not.toContain('(?:gmt|utc)');
    expect(bundle).not.toMatch(/\brequire\(["']/);
    // React was swapped for preact/compat in this build (see scripts/build/vite.embed.config.ts).
    expect(bundle).not.toMatch(/react-dom\.production|__CLIENT_INTERNALS_DO_NOT_USE/);
  });

  it('opens with V8’s hint to compile it all while it downloads, a line its map skips', () => {
    const bundle = readFileSync('dist/meeting-scheduler.embed.js', 'utf8');
    expect(bundle.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    // One empty line of mappings first, or every position in the map would be a line off.
    const map = JSON.parse(readFileSync('dist/meeting-scheduler.embed.js.map', 'utf8')) as { mappings: string };
    expect(map.mappings.startsWith(';')).toBe(true);
    expect(map.mappings.startsWith(';;')).toBe(false);
  });
});

describe('type declarations for a TypeScript user', () => {
  it('type-check under moduleResolution nodenext (the strictest ESM consumer)', async () => {
    const consumer = resolve('test-results/ts-consumer');
    rmSync(consumer, { recursive: true, force: true });
    mkdirSync(join(consumer, 'node_modules'), { recursive: true });
    symlinkSync(ROOT, join(consumer, 'node_modules/meeting-scheduler'), 'dir');
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          // Library files are not re-checked; the @ts-expect-error lines below prove the types resolved.
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules/@types')],
        },
        files: ['index.tsx'],
      }),
    );
    writeFileSync(
      join(consumer, 'index.tsx'),
      `import { MeetingScheduler, type MeetingSchedulerProps, type BookingResult } from 'meeting-scheduler';
import { createScenarioScheduler } from 'meeting-scheduler/mock';
import { startMockServer } from 'meeting-scheduler/mock/server';
import { createMeetingsProxy } from 'meeting-scheduler/proxy';

const props: MeetingSchedulerProps = { slug: 'jdoe', onBooked: (result: BookingResult) => console.log(result.isOffline) };
export const element = <MeetingScheduler {...props} />;
export const tools = [createScenarioScheduler, startMockServer, createMeetingsProxy];
// Had any declaration failed to resolve, these would be \`any\` and the expected errors would not happen.
// @ts-expect-error slug is a string
export const wrongSlug: MeetingSchedulerProps = { slug: 42 };
// @ts-expect-error isOffline is a boolean
export const wrongResult: BookingResult['isOffline'] = 'yes';
`,
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', consumer], { cwd: consumer, timeout: 120_000 }).catch(
      (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? 'tsc failed', stderr: error.stderr ?? '' }),
    );
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
  });
});
