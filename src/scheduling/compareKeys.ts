/**
 * Orders two date keys (or two month keys): -1, 0 or 1, usable as a sort comparator. Zero-padded
 * keys sort chronologically as plain strings.
 */
export function compareKeys(a: string, b: string): -1 | 0 | 1 {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
