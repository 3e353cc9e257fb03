import type { RgbColor } from './RgbColor';

/** `weight` of `a` mixed with the rest of `b` in sRGB, unrounded: what CSS `color-mix(in srgb, a w%, b)` paints. */
export function mixColors(a: RgbColor, b: RgbColor, weight: number): RgbColor {
  return {
    r: a.r * weight + b.r * (1 - weight),
    g: a.g * weight + b.g * (1 - weight),
    b: a.b * weight + b.b * (1 - weight),
  };
}
