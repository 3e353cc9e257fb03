import type { RgbColor } from './RgbColor';
import { contrastRatio } from './contrastRatio';
import { readableTextColor } from './readableTextColor';
import { toHexColor } from './toHexColor';
import { toRgbColor } from './toRgbColor';

/**
 * `color`, darkened (on a light background) or lightened (on a dark one) by the smallest step
 * that reaches `minRatio` against `background`, as `#rrggbb`. Keeps the hue's character so brand
 * coloured text still reads as the brand. If even black or white falls short, returns that extreme.
 */
export function ensureContrast(color: string | RgbColor, background: string | RgbColor, minRatio = 4.5): string {
  const from = toRgbColor(color);
  const bg = toRgbColor(background);
  // Towards whichever of black and white stands out more on the background: a lighter-than-
  // background colour on a light page must still get darker, not vainly lighter.
  const target = toRgbColor(readableTextColor(bg));
  // 256 mixing steps: every distinct 8-bit result, and cheap (a few hundred luminance checks).
  for (let step = 0; step <= 256; step++) {
    const t = step / 256;
    const hex = toHexColor({
      r: from.r + (target.r - from.r) * t,
      g: from.g + (target.g - from.g) * t,
      b: from.b + (target.b - from.b) * t,
    });
    // Measured on the rounded colour, the one that will actually be painted.
    if (contrastRatio(hex, bg) >= minRatio) return hex;
  }
  return toHexColor(target);
}
