import type { RgbColor } from './RgbColor';
import { contrastRatio } from './contrastRatio';

/**
 * Black or white, whichever contrasts more with `background` (black on a tie). Both rarely reach
 * AA; the better one always does: its ratio is at least √(1.05 / 0.05) ≈ 4.58:1, the worst case
 * being a background of luminance ≈ 0.18 (around #777777, or a saturated orange) where the two tie.
 */
export function readableTextColor(background: string | RgbColor): '#000000' | '#ffffff' {
  return contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? '#000000' : '#ffffff';
}
