import { vi } from 'vitest';

/** A request the proxy sent to "HubSpot". */
export interface UpstreamRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

/**
 * A stand-in for HubSpot's API as the proxy's `fetch` option: records what the proxy sends and
 * answers with `answer` (a JSON 200 by default).
 */
export function recordingUpstream(answer: (request: Request) => Response | Promise<Response> = () => Response.json({ ok: true })) {
  const received: UpstreamRequest[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const body = request.method === 'GET' ? undefined : await request.text();
    received.push({ url: request.url, method: request.method, headers: request.headers, body });
    return answer(request);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, received };
}
