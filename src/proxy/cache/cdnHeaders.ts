/**
 * Headers of a read answer for CDNs in front (Cloudflare, Fastly, Vercel): shared caches keep it
 * for what is left of its freshness and may serve it stale while they revalidate; browsers
 * revalidate each time (`max-age=0`) with the `ETag`. `Vary: Origin` because the CORS headers
 * differ per calling page.
 */
export function cdnHeaders(etag: string, freshLeftMs: number, staleWhileRevalidateSeconds: number | false): Headers {
  const headers = new Headers({ ETag: etag, Vary: 'Origin' });
  if (staleWhileRevalidateSeconds === false) headers.set('Cache-Control', 'no-store');
  else {
    const sMaxAge = Math.max(0, Math.floor(freshLeftMs / 1000));
    headers.set('Cache-Control', `public, max-age=0, s-maxage=${sMaxAge}, stale-while-revalidate=${staleWhileRevalidateSeconds}`);
  }
  return headers;
}

/** Whether `If-None-Match` names `etag` (weak comparison, lists and `*` included). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
