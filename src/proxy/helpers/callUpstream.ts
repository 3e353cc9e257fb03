/** One call to HubSpot on behalf of a visitor. */
export interface UpstreamCall {
  url: string;
  method: 'GET' | 'POST';
  /** The JSON body, already checked and re-serialized; only for POST. */
  body?: string;
  token: string;
  fetch: typeof fetch | undefined;
  timeoutMs: number;
  /** Largest upstream body read; a larger one is dropped unread past the cap. */
  maxResponseBytes: number;
  /** The visitor's request signal, for calls only that visitor waits for. */
  signal?: AbortSignal;
}

/** What came back: an answer with its text, or why none did. */
export type UpstreamResult =
  | { ok: true; status: number; headers: Headers; text: string }
  | { ok: false; reason: 'timeout' | 'unreachable' | 'too-large' | 'redirected' };

async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return '';
  // Counted while streaming, so a body without (or lying about) its length cannot grow the proxy.
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Calls HubSpot with the server's token and fresh headers (nothing of the visitor's: no cookies,
 * no Authorization). The time limit covers the body too, and the body is capped while it streams.
 */
export async function callUpstream(call: UpstreamCall): Promise<UpstreamResult> {
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
    const upstream = await fetchImpl(call.url, {
      method: call.method,
      headers,
      body: call.body,
      signal: controller.signal,
      // A redirect could carry the token to another host; HubSpot's API never redirects. 'manual'
      // rather than 'error', which Workers' fetch does not take; a 3xx then becomes a 502.
      redirect: 'manual',
    });
    if (upstream.type === 'opaqueredirect' || (upstream.status >= 300 && upstream.status < 400)) {
      await upstream.body?.cancel().catch(() => undefined);
      return { ok: false, reason: 'redirected' };
    }
    const text = await readCapped(upstream, call.maxResponseBytes);
    if (text === undefined) return { ok: false, reason: 'too-large' };
    return { ok: true, status: upstream.status, headers: upstream.headers, text };
  } catch {
    return { ok: false, reason: timedOut ? 'timeout' : 'unreachable' };
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', stop);
  }
}
