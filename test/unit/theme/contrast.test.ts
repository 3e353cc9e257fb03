// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/theme/contrastRatio';
import { ensureContrast } from '../../../src/theme/ensureContrast';
import { parseHexColor } from '../../../src/theme/parseHexColor';
import { readableTextColor } from '../../../src/theme/readableTextColor';
import { relativeLuminance } from '../../../src/theme/relativeLuminance';
import { toHexColor } from '../../../src/theme/toHexColor';

const hexArb = fc
  .record({ r: fc.integer({ min: 0, max: 255 }), g: fc.integer({ min: 0, max: 255 }), b: fc.integer({ min: 0, max: 255 }) })
  .map(toHexColor);

describe('parseHexColor', () => {
  it('reads #rgb and #rrggbb in any case, with or without #', () => {
    expect(parseHexColor('#ebb70e')).toEqual({ r: 235, g: 183, b: 14 });
    expect(parseHexColor('#FFF')).toEqual({ r: 255, g: 255, b: 255 });
    expect(parseHexColor(' 216bb4 ')).toEqual({ r: 33, g: 107, b: 180 });
  });

  it('rejects everything else', () => {
    for (const bad of ['', '#ff', '#ffff', '#12345g', 'red', 'rgb(0,0,0)', '#1234567', null, undefined, 0xffffff]) {
      expect(parseHexColor(bad)).toBeUndefined();
    }
  });
});

describe('toHexColor', () => {
  it('writes lower-case #rrggbb, rounding and clamping', () => {
    expect(toHexColor({ r: 235, g: 183, b: 14 })).toBe('#ebb70e');
    expect(toHexColor({ r: -4, g: 300, b: 15.6 })).toBe('#00ff10');
  });
});

describe('relativeLuminance and contrastRatio', () => {
  it('match WCAG reference values', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The classic AA borderline greys.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio({ r: 255, g: 255, b: 255 }, '#0b63ce')).toBeCloseTo(contrastRatio('#0b63ce', '#fff'), 10);
  });

  it('throws on a string that is not a colour', () => {
    expect(() => contrastRatio('tomato', '#fff')).toThrow(/Not a hex colour/);
  });
});

describe('readableTextColor', () => {
  it('picks black on light and white on dark brand colours', () => {
    expect(readableTextColor('#ebb70e')).toBe('#000000'); // the fixture's yellow
    expect(readableTextColor('#216bb4')).toBe('#ffffff'); // the fixture's blue
    expect(readableTextColor('#ffffff')).toBe('#000000');
    expect(readableTextColor('#000000')).toBe('#ffffff');
  });

  it('always picks the one with at least the other’s contrast, and that one reaches AA (property)', () => {
    fc.assert(
      fc.property(hexArb, (background) => {
        const chosen = readableTextColor(background);
        const other = chosen === '#000000' ? '#ffffff' : '#000000';
        expect(contrastRatio(chosen, background)).toBeGreaterThanOrEqual(contrastRatio(other, background));
        expect(contrastRatio(chosen, background)).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });
});

describe('ensureContrast', () => {
  it('leaves a colour that already passes alone', () => {
    expect(ensureContrast('#216bb4', '#ffffff')).toBe('#216bb4');
  });

  it('darkens the fixture yellow on white and lightens navy on a dark page, just enough', () => {
    const onWhite = ensureContrast('#ebb70e', '#ffffff');
    expect(contrastRatio(onWhite, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(onWhite, '#ffffff')).toBeLessThan(4.7);
    const onDark = ensureContrast('#1a2b6d', '#17191e');
    expect(contrastRatio(onDark, '#17191e')).toBeGreaterThanOrEqual(4.5);
    expect(relativeLuminance(parseHexColor(onDark) ?? { r: 0, g: 0, b: 0 })).toBeGreaterThan(relativeLuminance({ r: 26, g: 43, b: 109 }));
  });

  it('darkens a colour lighter than a light background instead of giving up', () => {
    expect(contrastRatio(ensureContrast('#fafafa', '#f3f4f6'), '#f3f4f6')).toBeGreaterThanOrEqual(4.5);
  });

  it('reaches the ratio for any colour on any background where black or white can (property)', () => {
    fc.assert(
      fc.property(hexArb, hexArb, fc.constantFrom(3, 4.5, 7), (color, background, ratio) => {
        const best = Math.max(contrastRatio('#000000', background), contrastRatio('#ffffff', background));
        const result = ensureContrast(color, background, ratio);
        expect(result).toMatch(/^#[0-9a-f]{6}$/);
        if (best >= ratio) expect(contrastRatio(result, background)).toBeGreaterThanOrEqual(ratio);
      }),
    );
  });
});
