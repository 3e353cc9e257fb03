import type { RgbColor } from './RgbColor';

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * Reads `#rgb` or `#rrggbb` (the `#` optional, case and surrounding spaces ignored); undefined for
 * anything else, including null and non-strings from a loose payload.
 */
export function parseHexColor(value: unknown): RgbColor | undefined {
  if (typeof value !== 'string') return undefined;
  const match = HEX.exec(value.trim());
  if (!match?.[1]) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  const n = Number.parseInt(hex, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
