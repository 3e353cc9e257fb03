/** The items of a list; a missing or non-list value reads as empty so one odd block degrades alone. */
export function readArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
