import type { RgbColor } from './RgbColor';
import { ensureContrast } from './ensureContrast';
import { readableTextColor } from './readableTextColor';
import { schemeColors } from './schemeColors';

/** WCAG 1.4.11: a state shown by colour alone needs 3:1 against what surrounds it. */
export const NON_TEXT_CONTRAST = 3;

/** The fill of a selected day, tab or toggle in one colour scheme, and the text on it. */
export interface SelectedFill {
  /** The brand colour, darkened (light) or lightened (dark) just enough to reach 3:1. */
  fill: string;
  /** Black or white, whichever reads better on `fill` (≥ 4.5:1). */
  text: '#000000' | '#ffffff';
}

/**
 * The brand colour as the fill of a selected control in `scheme`: unchanged when it already has
 * 3:1 against the scheme's background and surface, otherwise moved the smallest step that gets
 * there, so #ffff00 or #ffffff on a white page become a visible olive or grey and #000000 on a
 * dark page a grey, while a brand that already works keeps its exact colour.
 */
export function selectedFillColor(brand: string | RgbColor, scheme: 'light' | 'dark'): SelectedFill {
  const { background, surface } = schemeColors[scheme];
  // The surface is the lower-contrast of the two in light and the higher in dark; meeting both in
  // turn moves the colour one way only, so the second step never undoes the first.
  const fill = ensureContrast(ensureContrast(brand, surface, NON_TEXT_CONTRAST), background, NON_TEXT_CONTRAST);
  return { fill, text: readableTextColor(fill) };
}
