import { proxyErrorResponse } from './proxyErrorResponse';

/** Upstream headers worth passing on: when to retry, and the id HubSpot's support asks for. */
const RELAYED_HEADERS = ['Retry-After', 'X-HubSpot-Correlation-Id'];
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * HubSpot's answer as the proxy's: same status and JSON body, a few safe headers, nothing else
 * (no cookies). The token is cut out of the body should HubSpot ever echo it; a body that is not
 * JSON (a gateway's HTML page) becomes a 502, since the client only reads JSON.
 */
export function relayUpstreamResponse(upstream: Response, text: string, token: string): Response {
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  for (const name of RELAYED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (NULL_BODY_STATUSES.has(upstream.status)) return new Response(null, { status: upstream.status, headers });
  const body = text.split(token).join('[redacted]');
  try {
    JSON.parse(body);
  } catch {
    return proxyErrorResponse(502, 'BAD_GATEWAY', 'HubSpot sent an answer that is not JSON.', headers);
  }
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(body, { status: upstream.status, headers });
}
