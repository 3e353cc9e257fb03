import type { MeetingsProxyOptions } from '../MeetingsProxyOptions';

/** Whether a slug may be read or booked through the proxy; by default every slug may. */
export async function isSlugAllowed(slug: string, allowed: MeetingsProxyOptions['allowedSlugs']): Promise<boolean> {
  if (allowed === undefined) return true;
  if (typeof allowed === 'function') return await allowed(slug);
  return allowed.includes(slug);
}
