/**
 * The backgrounds text sits on in each colour scheme: the page and the raised surface (panels,
 * hovered rows). Must equal `--ms-color-bg` / `--ms-color-surface` in tokens.css, since brand text
 * colours are tuned for contrast against both.
 */
export const schemeColors = {
  light: { background: '#ffffff', surface: '#f3f4f6' },
  dark: { background: '#17191e', surface: '#23262d' },
} as const;
