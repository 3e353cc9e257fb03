/**
 * The query to send upstream: only `allowed` parameters, first value each, re-encoded. Anything
 * else the visitor added (including a `hapikey`) is dropped.
 */
export function forwardedQuery(search: URLSearchParams, allowed: readonly string[]): string {
  const query = new URLSearchParams();
  for (const name of allowed) {
    const value = search.get(name);
    if (value !== null) query.set(name, value);
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}
