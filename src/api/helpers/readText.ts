/**
 * An optional display text: absent when missing, null or blank, since a view shows a part only when
 * there is something to read (the sample sends `processingConsentCheckboxLabel: ""`).
 */
export function readText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
