import { proxyErrorResponse } from './proxyErrorResponse';
import { relayUpstreamResponse } from './relayUpstreamResponse';

/** One call to HubSpot on behalf of a visitor. */
export interface UpstreamCall {
  url: string;
  method: 'GET' | 'POST';
  /** The visitor's JSON body, already size-checked; only for POST. */
  body?: string;
  token: string;
  fetch: typeof fetch | undefined;
  timeoutMs: number;
  /** The visitor's request signal: a visitor who left stops the upstream call too. */
  signal?: AbortSignal;
}

/**
 * Calls HubSpot with the server's token and fresh headers (nothing of the visitor's: no cookies,
 * no Authorization) and relays the answer. The time limit covers the body too; exceeding it gives
 * 504, an unreachable HubSpot 502. Error texts never carry the token or the upstream URL.
 */
export async function forwardToUpstream(call: UpstreamCall): Promise<Response> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, call.timeoutMs);
  const stop = () => controller.abort();
  call.signal?.addEventListener('abort', stop, { once: true });
  try {
    const headers = new Headers({ Authorization: `Bearer ${call.token}`, Accept: 'application/json' });
    if (call.body !== undefined) headers.set('Content-Type', 'application/json');
    const fetchImpl = call.fetch ?? globalThis.fetch;
    let upstream: Response;
    let text: string;
    try {
      upstream = await fetchImpl(call.url, {
        method: call.method,
        headers,
        body: call.body,
        signal: controller.signal,
        // A redirect could carry the token to another host; HubSpot's API never redirects.
        redirect: 'error',
      });
      text = await upstream.text();
    } catch {
      if (timedOut) return proxyErrorResponse(504, 'GATEWAY_TIMEOUT', 'HubSpot did not answer in time.');
      return proxyErrorResponse(502, 'BAD_GATEWAY', 'HubSpot could not be reached.');
    }
    return relayUpstreamResponse(upstream, text, call.token);
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', stop);
  }
}
