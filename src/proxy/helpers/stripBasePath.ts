/**
 * The path below `basePath`, or absent when the request is not under it. `basePath` may be given
 * with or without slashes at either end.
 */
export function stripBasePath(pathname: string, basePath: string | undefined): string | undefined {
  const base = (basePath ?? '').replace(/^\/*/, '/').replace(/\/+$/, '');
  if (base === '') return pathname;
  if (pathname === base) return '/';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : undefined;
}
