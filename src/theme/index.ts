/** Branding colours to CSS variables, WCAG contrast helpers. The stylesheet itself is ./styles.css. */
export type { RgbColor } from './RgbColor';
export { BRAND_SUBTLE_WEIGHT, brandSubtleTint } from './brandSubtleTint';
export { brandingToCssVariables } from './brandingToCssVariables';
export { contrastRatio } from './contrastRatio';
export { defaultBrandColor } from './defaultBrandColor';
export { ensureContrast } from './ensureContrast';
export { mixColors } from './mixColors';
export { parseHexColor } from './parseHexColor';
export { readableTextColor } from './readableTextColor';
export { relativeLuminance } from './relativeLuminance';
export { schemeColors } from './schemeColors';
export { NON_TEXT_CONTRAST, selectedFillColor, type SelectedFill } from './selectedFillColor';
export { toHexColor } from './toHexColor';
export { toRgbColor } from './toRgbColor';
