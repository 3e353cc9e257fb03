/** The brand colour when the link has none; must equal `--ms-brand` in tokens.css. */
export const defaultBrandColor = '#0b63ce';
