// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Branding } from '../../../src/api/types';
import { brandSubtleTint } from '../../../src/theme/brandSubtleTint';
import { brandingToCssVariables } from '../../../src/theme/brandingToCssVariables';
import { defaultBrandColor } from '../../../src/theme/defaultBrandColor';
import { contrastRatio } from '../../../src/theme/contrastRatio';
import { schemeColors } from '../../../src/theme/schemeColors';
import { toHexColor } from '../../../src/theme/toHexColor';

const base: Branding = { companyAddress: [], showMarketingAd: false, showSalesAd: false };

describe('brandingToCssVariables', () => {
  it('turns the fixture branding into brand and accent variables with readable text colours', () => {
    const vars = brandingToCssVariables({ ...base, primaryColor: '#ebb70e', secondaryColor: '#ebb70e', accentColor: '#216bb4', accent2Color: '#216BB4' });
    expect(vars).toMatchObject({
      '--ms-brand': '#ebb70e',
      '--ms-on-brand': '#000000',
      '--ms-secondary': '#ebb70e',
      '--ms-on-secondary': '#000000',
      '--ms-accent': '#216bb4',
      '--ms-on-accent': '#ffffff',
      '--ms-accent-2': '#216bb4',
      '--ms-on-accent-2': '#ffffff',
      '--ms-brand-text-dark': '#ebb70e', // yellow is already readable on the dark page
    });
    // Yellow text on white is unreadable (1.9:1): it is darkened for the light scheme.
    expect(vars['--ms-brand-text-light']).not.toBe('#ebb70e');
    expect(contrastRatio(vars['--ms-brand-text-light'] ?? '', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('produces nothing for missing or invalid colours, so the stylesheet defaults apply', () => {
    expect(brandingToCssVariables(base)).toEqual({});
    expect(brandingToCssVariables({ ...base, primaryColor: 'red', accentColor: '#12' })).toEqual({});
    expect(Object.keys(brandingToCssVariables({ ...base, accentColor: '#abc' }))).toEqual([
      '--ms-accent',
      '--ms-on-accent',
      '--ms-accent-text-light',
      '--ms-accent-text-dark',
    ]);
  });

  it('keeps brand and accent text AA on the background, surface and brand tint of both schemes (property)', () => {
    const hexArb = fc
      .record({ r: fc.integer({ min: 0, max: 255 }), g: fc.integer({ min: 0, max: 255 }), b: fc.integer({ min: 0, max: 255 }) })
      .map(toHexColor);
    fc.assert(
      fc.property(fc.option(hexArb, { nil: undefined }), hexArb, (primaryColor, accentColor) => {
        const vars = brandingToCssVariables({ ...base, primaryColor, accentColor });
        const brand = primaryColor ?? defaultBrandColor;
        for (const name of primaryColor ? ['brand', 'accent'] : ['accent']) {
          for (const scheme of ['light', 'dark'] as const) {
            const text = vars[`--ms-${name}-text-${scheme}`] ?? '';
            expect(contrastRatio(text, schemeColors[scheme].background)).toBeGreaterThanOrEqual(4.5);
            expect(contrastRatio(text, schemeColors[scheme].surface)).toBeGreaterThanOrEqual(4.5);
            expect(contrastRatio(text, brandSubtleTint(brand, schemeColors[scheme].background))).toBeGreaterThanOrEqual(4.5);
          }
          const fill = vars[`--ms-${name}`] ?? '';
          expect(contrastRatio(vars[`--ms-on-${name}`] ?? '', fill)).toBeGreaterThanOrEqual(4.5);
        }
      }),
    );
  });
});
