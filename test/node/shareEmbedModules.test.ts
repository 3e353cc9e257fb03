// @vitest-environment node
// The embed build's hand-over to the booking-views file (scripts/build/shareEmbedModules.ts): the
// ES module's imports become reads of what the embed shared, and nothing else changes.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { sharedModulesSource, toClassicScript } from '../../scripts/build/shareEmbedModules';

const ESM = [
  'import{useState as e,useRef as t}from"shared:/app/node_modules/preact/hooks.js";import*as n from"shared:/app/node_modules/preact/compat.js";',
  'import r from"shared:/app/src/Icon.tsx";import"shared:/app/src/sideEffect.ts";',
  'window.result=[e(1),t(2),n.version,r()];',
  '//# sourceMappingURL=booking.js.map',
].join('\n');

/** A page whose running script element carries `handOver`, as src/embed/loadScript.ts sets it. */
function pageWith(handOver: unknown): Record<string, unknown> {
  const window: Record<string, unknown> = { document: { currentScript: { __meetingSchedulerShared: handOver } } };
  window.window = window;
  return window;
}

describe('toClassicScript', () => {
  it('reads each import from the modules the embed of its build set on its script element', () => {
    const { code, shared } = toClassicScript(ESM, 'build-1');
    expect(shared.map((module) => [module.id, [...module.names]])).toEqual([
      ['/app/node_modules/preact/hooks.js', ['useState', 'useRef']],
      ['/app/node_modules/preact/compat.js', ['*']],
      ['/app/src/Icon.tsx', ['default']],
    ]);
    const modules = [{ useState: (value: number) => value * 10, useRef: (value: number) => value * 100 }, { '*': { version: '10.x' } }, { default: () => 'icon' }];
    const window = pageWith({ id: 'build-1', modules });
    runInNewContext(code, window);
    expect(window.result).toEqual([10, 200, '10.x', 'icon']);
  });

  it('keeps every column of the code and moves it down exactly one line, the map comment last', () => {
    const { code } = toClassicScript(ESM, 'build-1');
    const lines = code.split('\n');
    const original = ESM.split('\n');
    expect(lines[3]).toBe(original[2]);
    expect(lines[1]).toHaveLength(original[0]!.length);
    expect(lines.at(-1)).toBe('//# sourceMappingURL=booking.js.map');
  });

  it('does nothing when loaded without its embed, or by an embed of another build', () => {
    const { code } = toClassicScript(ESM, 'build-2');
    for (const window of [pageWith({ id: 'build-1', modules: [] }), pageWith(undefined)]) {
      expect(() => runInNewContext(code, window)).not.toThrow();
      expect(window.result).toBeUndefined();
    }
  });

  it('refuses an import of a module the embed does not share', () => {
    expect(() => toClassicScript('import{a}from"/app/src/unshared.ts";a();', 'build-1')).toThrow(/not shared/);
  });
});

describe('sharedModulesSource', () => {
  it('imports exactly the shared bindings and returns them with the build id', () => {
    const { shared } = toClassicScript(ESM, 'build-1');
    const source = sharedModulesSource(shared, 'build-1');
    expect(source).toContain('import { useState as s0_0, useRef as s0_1 } from "/app/node_modules/preact/hooks.js";');
    expect(source).toContain('import * as s1 from "/app/node_modules/preact/compat.js";');
    expect(source).toContain('import { default as s2_0 } from "/app/src/Icon.tsx";');
    expect(source).not.toContain('sideEffect');
    expect(source).toContain('return { id: "build-1", modules: [{ "useState": s0_0, "useRef": s0_1 }, { "*": s1 }, { "default": s2_0 }] };');
  });
});
