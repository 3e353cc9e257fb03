import type { FakeScheduler } from '../../../src/mock/FakeScheduler';
import { matchMockRoute } from '../../../src/mock/matchMockRoute';
import { runMockCall, unknownRouteResponse } from '../../../src/mock/runMockCall';

/** The fake scheduler as the proxy's `fetch`: HubSpot's four calls answered in process, counted. */
export function fakeHubSpotFetch(scheduler: FakeScheduler) {
  const calls: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    calls.push(`${request.method} ${url.pathname}${url.search}`);
    const text = request.method === 'GET' ? '' : await request.text();
    const route = matchMockRoute(request.method, url.pathname);
    const outcome = route
      ? runMockCall(scheduler, route, Object.fromEntries(url.searchParams), text === '' ? undefined : JSON.parse(text))
      : unknownRouteResponse(request.method, url.pathname);
    return Response.json(outcome.body, { status: outcome.status, headers: outcome.headers });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}
