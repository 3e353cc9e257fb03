/** Languages written right to left among those a host page is likely to use. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv']);

/** `rtl` for locales such as `ar-EG`, else `ltr`: the `dir` a host page in that language would have. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
