/**
 * The widget's page background in each colour scheme; must equal `--ms-color-bg` in tokens.css,
 * since brand text colours are tuned for contrast against these.
 */
export const schemeBackgrounds = { light: '#ffffff', dark: '#17191e' } as const;
