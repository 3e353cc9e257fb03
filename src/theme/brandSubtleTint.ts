import type { RgbColor } from './RgbColor';
import { mixColors } from './mixColors';
import { toRgbColor } from './toRgbColor';

/** The share of the brand colour in `--ms-brand-subtle`; tokens.css must say the same percentage. */
export const BRAND_SUBTLE_WEIGHT = 0.12;

/**
 * The colour tokens.css paints as `--ms-brand-subtle` (`color-mix(in srgb, var(--ms-brand) 12%,
 * var(--ms-color-bg))`): the tint behind available days and hovered buttons, on which brand text
 * must stay readable too.
 */
export function brandSubtleTint(brand: string | RgbColor, background: string | RgbColor): RgbColor {
  return mixColors(toRgbColor(brand), toRgbColor(background), BRAND_SUBTLE_WEIGHT);
}
