const numbering = new Map<string, string>();

function numberingSystem(locale: string): string | undefined {
  try {
    return new Intl.NumberFormat(locale).resolvedOptions().numberingSystem;
  } catch {
    return undefined;
  }
}

/**
 * Makes a catalog write numbers in the widget locale's digits: the 'ar' catalog under 'ar-EG'
 * then says '٣٠ دقيقة' like the dates Intl writes for ar-EG, not '30 دقيقة' beside '١٠ أكتوبر'.
 * Per catalog for the page: the last widget that uses a catalog sets its digits.
 */
export function alignCatalogDigits(catalog: string, widgetLocale: string): void {
  const wanted = numberingSystem(widgetLocale);
  if (!wanted || wanted === numberingSystem(catalog)) numbering.delete(catalog);
  else numbering.set(catalog, wanted);
}

/** The locale a catalog formats numbers with: its own, with the aligned digits if any. */
export function withCatalogDigits(locale: string): string {
  const system = numbering.get(locale);
  return system ? `${locale}-u-nu-${system}` : locale;
}
