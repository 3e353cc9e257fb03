/** Writing direction of a text. */
export type TextDirection = 'ltr' | 'rtl';

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'iw', 'khw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The writing direction of a BCP 47 locale, from `Intl.Locale`'s text info where the engine has
 * it, else from the language (and an Arabic script subtag). The widget sets `dir` on its root from
 * this so an Arabic or Hebrew page reads right to left whatever the host page says.
 */
export function textDirection(locale: string): TextDirection {
  try {
    const intlLocale = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const info = intlLocale.getTextInfo?.() ?? intlLocale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    if (intlLocale.script === 'Arab' || intlLocale.script === 'Hebr') return 'rtl';
    return RTL_LANGUAGES.has(intlLocale.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
