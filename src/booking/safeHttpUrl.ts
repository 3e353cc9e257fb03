/**
 * The URL when it is an absolute http(s) URL, else undefined. Links from the API (join links,
 * redirect URLs) are shown or followed only through this, so `javascript:` and `data:` never run.
 */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
