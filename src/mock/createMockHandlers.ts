import { http, HttpResponse } from 'msw';
import { answerMockRequest } from './answerMockRequest';
import { corsHeaders } from './corsHeaders';
import { createFaultQueue } from './createFaultQueue';
import type { FakeScheduler } from './FakeScheduler';
import { matchMockRoute } from './matchMockRoute';
import type { MockBackend } from './MockBackend';
import type { MockFault } from './MockFault';
import { parseRequestBody } from './parseRequestBody';
import type { RecordedRequest } from './RecordedRequest';

/** Options of {@link createMockHandlers}. */
export interface MockHandlersOptions {
  /**
   * Where the API is mounted, e.g. `https://proxy.example.com/hubspot` or `/api/hubspot`.
   * Default `''`: any origin and any path before `/scheduler/{v}/meetings/meeting-links`.
   */
  baseUrl?: string;
  /** Latency of every call in ms (or a function read per request). Default 0. */
  latencyMs?: number | (() => number);
  /** Faults injected per call. */
  faults?: readonly MockFault[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function urlPattern(baseUrl: string): RegExp {
  const tail = '/scheduler/[^/?#]+/meetings/meeting-links(?:[/?#]|$)';
  const base = baseUrl.replace(/\/+$/, '');
  if (base === '') return new RegExp(tail);
  // A path-only base matches on any origin, as a same-origin proxy would be reached.
  const prefix = base.startsWith('/') ? `^[a-z][a-z0-9+.-]*://[^/]+${escapeRegExp(base)}` : `^${escapeRegExp(base)}`;
  return new RegExp(prefix + tail, 'i');
}

/**
 * MSW handlers answering the Meetings API from a fake scheduler, with request recording, latency
 * and fault injection. Works with msw/node and msw/browser alike (this file imports neither).
 */
export function createMockHandlers(scheduler: FakeScheduler, options: MockHandlersOptions = {}): MockBackend {
  const requests: RecordedRequest[] = [];
  const faults = createFaultQueue(options.faults ?? []);
  let latency: number | (() => number) = options.latencyMs ?? 0;
  const context = {
    scheduler,
    faults,
    latencyMs: () => (typeof latency === 'function' ? latency() : latency),
  };

  const handler = http.all(urlPattern(options.baseUrl ?? ''), async ({ request }) => {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS') return new HttpResponse(null, { status: 204, headers: corsHeaders });
    const body = method === 'GET' || method === 'HEAD' ? undefined : parseRequestBody(await request.clone().text());
    const query = Object.fromEntries(url.searchParams);
    const route = matchMockRoute(method, url.pathname);
    requests.push({
      method,
      url: url.href,
      path: url.pathname,
      query,
      body,
      ...(route ? { call: route.call } : {}),
    });
    const outcome = await answerMockRequest(context, route, { method, path: url.pathname, query, body });
    if (outcome === 'network-error') return HttpResponse.error();
    const headers = { ...corsHeaders, ...outcome.headers };
    if (outcome.body === undefined) return new HttpResponse(null, { status: outcome.status, headers });
    return HttpResponse.json(outcome.body, { status: outcome.status, headers });
  });

  return {
    handlers: [handler],
    requests,
    setLatency(ms) {
      latency = ms;
    },
    setFaults(next) {
      faults.set(next);
    },
    clearRequests() {
      requests.length = 0;
    },
  };
}
