import type { RgbColor } from './RgbColor';

function linear(channel: number): number {
  const c = channel / 255;
  // WCAG 2.x's threshold (0.03928); the sRGB spec's 0.04045 differs in no 8-bit value's result.
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: RgbColor): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
