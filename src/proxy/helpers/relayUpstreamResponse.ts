import { proxyErrorResponse } from './proxyErrorResponse';
import type { UpstreamResult } from './callUpstream';

/** Upstream headers worth passing on: when to retry, and the id HubSpot's support asks for. */
const RELAYED_HEADERS = ['Retry-After', 'X-HubSpot-Correlation-Id'];
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** The few upstream headers passed on, minus any value that carries the token. */
export function relayedHeaders(upstream: Headers, token: string): Headers {
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  for (const name of RELAYED_HEADERS) {
    const value = upstream.get(name);
    if (value !== null && !value.includes(token)) headers.set(name, value);
  }
  return headers;
}

/** The text with the token cut out, should HubSpot ever echo it. */
export function redactToken(text: string, token: string): string {
  return text.split(token).join('[redacted]');
}

/**
 * HubSpot's answer as the proxy's: same status and JSON body, a few safe headers, nothing else
 * (no cookies). The token is cut out of body and headers; a body that is not JSON (a gateway's
 * HTML page) becomes a 502, since the client only reads JSON; a failed call becomes 504 (too
 * slow), 503 (unreachable) or 502 (an answer over the size cap).
 */
export function relayUpstreamResponse(result: UpstreamResult, token: string): Response {
  if (!result.ok) {
    if (result.reason === 'timeout') return proxyErrorResponse(504, 'GATEWAY_TIMEOUT', 'HubSpot did not answer in time.');
    if (result.reason === 'too-large') return proxyErrorResponse(502, 'BAD_GATEWAY', 'HubSpot sent an answer too large to relay.');
    if (result.reason === 'redirected') return proxyErrorResponse(502, 'BAD_GATEWAY', 'HubSpot answered with a redirect, which the proxy does not follow.');
    return proxyErrorResponse(503, 'UPSTREAM_UNAVAILABLE', 'HubSpot could not be reached. Try again in a minute.', { 'Retry-After': '30' });
  }
  const headers = relayedHeaders(result.headers, token);
  if (NULL_BODY_STATUSES.has(result.status)) return new Response(null, { status: result.status, headers });
  const body = redactToken(result.text, token);
  try {
    JSON.parse(body);
  } catch {
    return proxyErrorResponse(502, 'BAD_GATEWAY', 'HubSpot sent an answer that is not JSON.', headers);
  }
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(body, { status: result.status, headers });
}
