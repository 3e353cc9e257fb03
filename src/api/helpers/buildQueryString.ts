/**
 * `?a=1&b=x%2Fy` from the given values, in the given order; `undefined` values are left out and
 * the rest URL-encoded. Empty when nothing is left.
 */
export function buildQueryString(params: Readonly<Record<string, string | number | undefined>>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) query.append(key, String(value));
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}
