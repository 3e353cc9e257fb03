// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/theme/contrastRatio';
import { BRAND_SUBTLE_WEIGHT, brandSubtleTint } from '../../../src/theme/brandSubtleTint';
import { defaultBrandColor } from '../../../src/theme/defaultBrandColor';
import { schemeColors } from '../../../src/theme/schemeColors';
import { toHexColor } from '../../../src/theme/toHexColor';

const css = readFileSync(new URL('../../../src/theme/tokens.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function declarations(selector: string, source = css): Record<string, string> {
  const start = source.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  const body = source.slice(source.indexOf('{', start) + 1, source.indexOf('}', start));
  const vars: Record<string, string> = {};
  for (const [, name, value] of body.matchAll(/(--ms-[\w-]+)\s*:\s*([^;]+);/g)) vars[name as string] = (value as string).trim();
  return vars;
}

const light = declarations('.ms-root');
const darkForced = declarations(".ms-root[data-color-scheme='dark']");
const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
const darkAuto = declarations(".ms-root:not([data-color-scheme='light'])", media);
const dark = { ...light, ...darkForced };

function resolve(vars: Record<string, string>, value: string): string {
  const ref = /^var\((--ms-[\w-]+)\)$/.exec(value);
  return ref ? resolve(vars, vars[ref[1] as string] ?? '') : value;
}

describe('tokens.css', () => {
  it('gives "auto" in a dark system exactly the forced dark palette', () => {
    expect(darkAuto).toEqual(darkForced);
  });

  it('matches the backgrounds brandingToCssVariables tunes brand text for', () => {
    expect(light['--ms-color-bg']).toBe(schemeColors.light.background);
    expect(light['--ms-color-surface']).toBe(schemeColors.light.surface);
    expect(dark['--ms-color-bg']).toBe(schemeColors.dark.background);
    expect(dark['--ms-color-surface']).toBe(schemeColors.dark.surface);
  });

  it('matches the brand default and the tint brandingToCssVariables tunes brand text for', () => {
    expect(light['--ms-brand']).toBe(defaultBrandColor);
    expect(light['--ms-brand-subtle']).toBe(`color-mix(in srgb, var(--ms-brand) ${BRAND_SUBTLE_WEIGHT * 100}%, var(--ms-color-bg))`);
  });

  it.each([
    ['light', light],
    ['dark', dark],
  ])('keeps every text colour AA and input borders 3:1 in the %s scheme', (_scheme, vars) => {
    const color = (name: string): string => resolve(vars, vars[name] ?? '');
    const text = ['--ms-color-text', '--ms-color-text-muted', '--ms-color-danger', '--ms-color-success', '--ms-brand-text', '--ms-accent-text'];
    for (const bg of ['--ms-color-bg', '--ms-color-surface']) {
      for (const fg of text) expect(contrastRatio(color(fg), color(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(color('--ms-color-border-strong'), color(bg))).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color('--ms-focus-color'), color(bg))).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio(color('--ms-color-danger'), color('--ms-color-danger-bg'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(color('--ms-color-success'), color('--ms-color-success-bg'))).toBeGreaterThanOrEqual(4.5);
    for (const bg of ['--ms-color-notice-bg', '--ms-color-danger-bg', '--ms-color-success-bg']) {
      expect(contrastRatio(color('--ms-color-text'), color(bg)), `text on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    // Available days: brand text (and plain text) on the brand tint.
    const tint = toHexColor(brandSubtleTint(color('--ms-brand'), color('--ms-color-bg')));
    for (const fg of ['--ms-brand-text', '--ms-color-text']) expect(contrastRatio(color(fg), tint), `${fg} on tint`).toBeGreaterThanOrEqual(4.5);
    for (const fill of ['--ms-brand', '--ms-secondary', '--ms-accent', '--ms-accent-2']) {
      const on = fill.replace('--ms-', '--ms-on-');
      expect(contrastRatio(color(on), color(fill)), `${on} on ${fill}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('scopes every rule under .ms-root and prefixes every class with ms-', () => {
    // At-rule preludes (@media …) are not selectors; drop them with their opening brace.
    const rules = css.replace(/@[^{;]+\{/g, '');
    const selectors = [...rules.matchAll(/([^{};]+)\{/g)].map((m) => (m[1] as string).trim());
    expect(selectors.length).toBeGreaterThan(10);
    for (const group of selectors) {
      for (const selector of group.split(/,(?![^(]*\))/)) expect(selector.trim(), group).toMatch(/^\.ms-root\b/);
    }
    for (const [, name] of css.matchAll(/\.([a-zA-Z][\w-]*)/g)) expect(name).toMatch(/^ms-/);
  });

  it('makes .ms-root a size container named ms and sizes nothing in rem', () => {
    expect(css).toMatch(/container:\s*ms\s*\/\s*inline-size/);
    expect(css).not.toMatch(/\drem\b/);
  });
});
