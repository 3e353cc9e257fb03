/**
 * `base` plus the entries of `optional` that have a value. Absent stays absent (no key holding
 * `undefined`), so a parsed model compares and serializes like one written by hand.
 */
export function withDefined<T extends object>(base: T, optional: { [K in keyof T]?: T[K] | undefined }): T {
  const result = { ...base };
  for (const key of Object.keys(optional) as Array<keyof T>) {
    const value = optional[key];
    if (value !== undefined) result[key] = value as T[keyof T];
  }
  return result;
}
