// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brandingToCssVariables } from '../../../src/theme/brandingToCssVariables';
import { contrastRatio } from '../../../src/theme/contrastRatio';
import { schemeColors } from '../../../src/theme/schemeColors';
import { NON_TEXT_CONTRAST, selectedFillColor } from '../../../src/theme/selectedFillColor';
import { toHexColor } from '../../../src/theme/toHexColor';

const schemes = ['light', 'dark'] as const;

describe('selectedFillColor', () => {
  it('keeps a brand colour that already stands out, exactly', () => {
    expect(selectedFillColor('#0b63ce', 'light')).toEqual({ fill: '#0b63ce', text: '#ffffff' });
    expect(selectedFillColor('#ebb70e', 'dark')).toEqual({ fill: '#ebb70e', text: '#000000' });
  });

  it.each(['#ebb70e', '#ffff00', '#ffffff', '#777777', '#000000'])('moves %s until it reaches 3:1 in both schemes', (brand) => {
    for (const scheme of schemes) {
      const { fill, text } = selectedFillColor(brand, scheme);
      expect(contrastRatio(fill, schemeColors[scheme].background)).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
      expect(contrastRatio(fill, schemeColors[scheme].surface)).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
      expect(contrastRatio(text, fill)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('darkens white on the light page and lightens black on the dark one', () => {
    expect(selectedFillColor('#ffffff', 'light').fill).not.toBe('#ffffff');
    expect(selectedFillColor('#000000', 'dark').fill).not.toBe('#000000');
    expect(selectedFillColor('#000000', 'light').fill).toBe('#000000');
  });

  it('reaches 3:1 on both surfaces with readable text for any colour (property)', () => {
    const hex = fc
      .record({ r: fc.integer({ min: 0, max: 255 }), g: fc.integer({ min: 0, max: 255 }), b: fc.integer({ min: 0, max: 255 }) })
      .map(toHexColor);
    fc.assert(
      fc.property(hex, fc.constantFrom(...schemes), (brand, scheme) => {
        const { fill, text } = selectedFillColor(brand, scheme);
        expect(contrastRatio(fill, schemeColors[scheme].background)).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
        expect(contrastRatio(fill, schemeColors[scheme].surface)).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
        expect(contrastRatio(text, fill)).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });

  it('is what brandingToCssVariables puts in --ms-brand-selected-*', () => {
    const vars = brandingToCssVariables({ companyAddress: [], showMarketingAd: false, showSalesAd: false, primaryColor: '#FFFF00' });
    expect(vars['--ms-brand-selected-light']).toBe(selectedFillColor('#ffff00', 'light').fill);
    expect(vars['--ms-on-brand-selected-light']).toBe(selectedFillColor('#ffff00', 'light').text);
    expect(vars['--ms-brand-selected-dark']).toBe('#ffff00');
    expect(vars['--ms-on-brand-selected-dark']).toBe('#000000');
  });
});
