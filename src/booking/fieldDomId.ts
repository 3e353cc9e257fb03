/**
 * The DOM id of a form field, from the step's unique prefix and the field key. Keys hold names
 * from the API (any characters), so everything outside `[A-Za-z0-9_-]` becomes `_` plus its code,
 * keeping ids valid and distinct.
 */
export function fieldDomId(prefix: string, key: string): string {
  const safe = key.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.codePointAt(0)?.toString(36) ?? ''}`);
  return `${prefix}-${safe}`;
}
