/** Options of {@link safeImageUrl}. */
export interface SafeImageUrlOptions {
  /**
   * Allow `http:` on any host, for development set-ups. `http:` on localhost / 127.0.0.1 / [::1]
   * is always allowed.
   * @defaultValue false
   */
  allowHttp?: boolean;
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|.+\.localhost)$/i;

/**
 * The URL of an image from the API when it is safe to put into `<img src>`: absolute `https:`
 * only (and `http:` for local development). Relative and protocol-relative URLs would make the
 * browser call the host page's own site with its cookies; `javascript:`, `data:` and the rest are
 * never images the API should send. Anything else is undefined, and the view leaves it out.
 */
export function safeImageUrl(value: string | undefined, options: SafeImageUrlOptions = {}): string | undefined {
  const text = value?.trim();
  // Only an explicit scheme: `new URL` alone would also accept "https:/x" or "https:x".
  if (!text || !/^https?:\/\/[^/?#]/i.test(text)) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol === 'https:') return url.href;
    if (url.protocol === 'http:' && (options.allowHttp === true || LOOPBACK.test(url.hostname))) return url.href;
    return undefined;
  } catch {
    return undefined;
  }
}
