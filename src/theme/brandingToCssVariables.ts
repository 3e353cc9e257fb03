import type { Branding } from '../api/types';
import { brandSubtleTint } from './brandSubtleTint';
import { defaultBrandColor } from './defaultBrandColor';
import { ensureContrast } from './ensureContrast';
import { parseHexColor } from './parseHexColor';
import { readableTextColor } from './readableTextColor';
import { schemeColors } from './schemeColors';
import { selectedFillColor } from './selectedFillColor';
import { toHexColor } from './toHexColor';

type ColorKey = 'primaryColor' | 'secondaryColor' | 'accentColor' | 'accent2Color';

// Which branding colour feeds which variable, and whether it is also used as text on the page
// (then it needs AA-adjusted variants for both schemes).
const MAP: [ColorKey, string, boolean][] = [
  ['primaryColor', '--ms-brand', true],
  ['secondaryColor', '--ms-secondary', false],
  ['accentColor', '--ms-accent', true],
  ['accent2Color', '--ms-accent-2', false],
];

/**
 * CSS custom properties for the link's branding colours, to put on `.ms-root`'s style. For each
 * valid colour: `--ms-brand` (the colour), `--ms-on-brand` (black or white text on it); likewise
 * `--ms-secondary`, `--ms-accent`, `--ms-accent-2` with their `--ms-on-*`. Brand and accent also
 * get `--ms-brand-text-light`/`-dark` (and `--ms-accent-text-*`): the colour darkened or lightened
 * until it reaches 4.5:1 on the light and the dark scheme's background, surface and brand tint
 * (`--ms-brand-subtle`), for links and selected text. The brand also gets
 * `--ms-brand-selected-light`/`-dark` and `--ms-on-brand-selected-light`/`-dark`: the fill of a
 * selected day, tab or toggle, adjusted to 3:1 against each scheme's surfaces (WCAG 1.4.11).
 * Invalid or missing colours produce nothing, so tokens.css defaults apply.
 */
export function brandingToCssVariables(branding: Branding): Record<string, string> {
  const variables: Record<string, string> = {};
  // The tint behind available days is made from the brand colour, whichever text sits on it.
  const brand = parseHexColor(branding.primaryColor) ?? defaultBrandColor;
  for (const [key, name, usedAsText] of MAP) {
    const rgb = parseHexColor(branding[key]);
    if (!rgb) continue;
    const hex = toHexColor(rgb);
    variables[name] = hex;
    variables[name.replace('--ms-', '--ms-on-')] = readableTextColor(rgb);
    if (usedAsText) {
      for (const scheme of ['light', 'dark'] as const) {
        const { background, surface } = schemeColors[scheme];
        // Every background brand text sits on moves the colour the same way (darker in light,
        // lighter in dark), so fixing them in turn only ever adds contrast to the earlier ones.
        // The tint gets a small margin: browsers may round the color-mix() result differently.
        let text = ensureContrast(rgb, surface);
        text = ensureContrast(text, background);
        variables[`${name}-text-${scheme}`] = ensureContrast(text, brandSubtleTint(brand, background), 4.55);
        if (name === '--ms-brand') {
          const selected = selectedFillColor(rgb, scheme);
          variables[`--ms-brand-selected-${scheme}`] = selected.fill;
          variables[`--ms-on-brand-selected-${scheme}`] = selected.text;
        }
      }
    }
  }
  return variables;
}
