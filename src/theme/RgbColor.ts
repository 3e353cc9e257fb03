/** An sRGB colour, channels 0–255. */
export interface RgbColor {
  r: number;
  g: number;
  b: number;
}
