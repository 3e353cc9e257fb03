import type { Branding } from '../api/types';
import { ensureContrast } from './ensureContrast';
import { parseHexColor } from './parseHexColor';
import { readableTextColor } from './readableTextColor';
import { schemeColors } from './schemeColors';
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
 * until it reaches 4.5:1 on the light and the dark scheme's background and surface, for links and selected text.
 * Invalid or missing colours produce nothing, so tokens.css defaults apply.
 */
export function brandingToCssVariables(branding: Branding): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [key, name, usedAsText] of MAP) {
    const rgb = parseHexColor(branding[key]);
    if (!rgb) continue;
    const hex = toHexColor(rgb);
    variables[name] = hex;
    variables[name.replace('--ms-', '--ms-on-')] = readableTextColor(rgb);
    if (usedAsText) {
      for (const scheme of ['light', 'dark'] as const) {
        const { background, surface } = schemeColors[scheme];
        // Surface first (the harder one in both schemes), then the page to be sure.
        variables[`${name}-text-${scheme}`] = ensureContrast(ensureContrast(rgb, surface), background);
      }
    }
  }
  return variables;
}
