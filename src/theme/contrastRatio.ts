import type { RgbColor } from './RgbColor';
import { relativeLuminance } from './relativeLuminance';
import { toRgbColor } from './toRgbColor';

/**
 * WCAG 2.x contrast ratio of two colours, 1 to 21 (order does not matter). AA asks 4.5 for text,
 * 3 for large text and UI parts. Hex strings that do not parse throw a RangeError.
 */
export function contrastRatio(a: string | RgbColor, b: string | RgbColor): number {
  const la = relativeLuminance(toRgbColor(a));
  const lb = relativeLuminance(toRgbColor(b));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
