/**
 * Replaces the narrow and thin spaces newer ICU versions put in times ('4:45\u202FPM') and ranges
 * with plain spaces, so the same call prints the same string in every engine and tests can match
 * '4:45 PM'. Slot buttons keep times on one line with CSS (`white-space: nowrap`), not with these.
 */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u2009\u200A\u202F]/g, ' ');
}
