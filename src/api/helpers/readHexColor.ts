const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * A `#rgb` or `#rrggbb` colour in lower case; anything else (names, rgb(), CSS with a payload) is
 * dropped, because the value ends up in a CSS variable and the theme derives contrast from it.
 */
export function readHexColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return HEX_COLOR.test(trimmed) ? trimmed.toLowerCase() : undefined;
}
