import type { MeetingsProxyOptions } from '../MeetingsProxyOptions';

const DATED_VERSION = /^\d{4}-\d{2}$/;

/** Whether a version segment may be forwarded: by default `v3` and dated ones like `2026-03`. */
export function isApiVersionAllowed(version: string, allowed: MeetingsProxyOptions['apiVersions']): boolean {
  if (allowed === undefined) return version === 'v3' || DATED_VERSION.test(version);
  if (typeof allowed === 'function') return allowed(version);
  return allowed.includes(version);
}
