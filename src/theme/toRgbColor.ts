import type { RgbColor } from './RgbColor';
import { parseHexColor } from './parseHexColor';

/** An `RgbColor` as is, or a hex string parsed; a RangeError naming the value when it is not a colour. */
export function toRgbColor(color: string | RgbColor): RgbColor {
  if (typeof color !== 'string') return color;
  const parsed = parseHexColor(color);
  if (!parsed) throw new RangeError(`Not a hex colour: "${color}"`);
  return parsed;
}
