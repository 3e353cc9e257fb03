import type { RgbColor } from './RgbColor';

/** `#rrggbb` in lower case; channels are rounded and clamped to 0–255. */
export function toHexColor({ r, g, b }: RgbColor): string {
  const channel = (v: number): string =>
    Math.min(255, Math.max(0, Math.round(v)))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}
