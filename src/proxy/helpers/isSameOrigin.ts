/**
 * Whether the `Origin` header names the host the request was sent to. Only the host is compared:
 * behind TLS termination the proxy may see `http:` while the page says `https:`.
 */
export function isSameOrigin(origin: string, requestUrl: URL): boolean {
  try {
    return new URL(origin).host === requestUrl.host;
  } catch {
    return false;
  }
}
