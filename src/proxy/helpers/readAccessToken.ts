import type { MeetingsProxyToken } from '../MeetingsProxyOptions';

/** `process.env.HUBSPOT_ACCESS_TOKEN` where there is a `process` (Node); absent on the edge. */
function tokenFromEnvironment(): string | undefined {
  const processLike = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return processLike?.env?.HUBSPOT_ACCESS_TOKEN;
}

/** The token to send to HubSpot for this request, or absent when none is configured. */
export async function readAccessToken(token: MeetingsProxyToken | undefined): Promise<string | undefined> {
  const value = typeof token === 'function' ? await token() : (token ?? tokenFromEnvironment());
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
