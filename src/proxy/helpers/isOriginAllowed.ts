import type { MeetingsProxyOptions } from '../MeetingsProxyOptions';

function normalize(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

/** Whether a cross-origin page at `origin` may call the proxy; no list means none may. */
export function isOriginAllowed(origin: string, allowed: MeetingsProxyOptions['allowedOrigins']): boolean {
  if (allowed === undefined) return false;
  if (allowed === '*') return true;
  if (typeof allowed === 'function') return allowed(origin);
  const wanted = normalize(origin);
  return allowed.some((candidate) => candidate === '*' || normalize(candidate) === wanted);
}
