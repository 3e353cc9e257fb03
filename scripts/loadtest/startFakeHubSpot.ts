import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createFakeScheduler } from '../../src/mock/createFakeScheduler';
import type { FakeLinkDefinition } from '../../src/mock/FakeLinkDefinition';
import { matchMockRoute } from '../../src/mock/matchMockRoute';
import { runMockCall, unknownRouteResponse } from '../../src/mock/runMockCall';
import { scenarios } from '../../src/mock/scenarios';

/** Options of the load test's HubSpot stand-in. */
export interface FakeHubSpotOptions {
  slugs: readonly string[];
  /** Requests per rolling window per token before 429s. */
  limit: number;
  windowMs: number;
  latencyMs: number;
  /** Answers `/__control/*` paths (when run as its own process); never rate-limited or logged. */
  control?: (path: string) => unknown;
}

/**
 * The fake scheduler behind a node:http server that behaves like HubSpot's edge: ~150 ms per
 * call, 100 requests per rolling 10 s per token with HubSpot's 429 body and
 * `X-HubSpot-RateLimit-*` headers beyond it, and a switch to refuse every connection (down).
 * It records every arrival, so the load test can check the busiest rolling window itself.
 */
export async function startFakeHubSpot(options: FakeHubSpotOptions) {
  // Personal links: a booked time is then gone for good, so "the next read does not offer it" is exact
  // (on a round-robin link another member may still take that time).
  // The guide's link with computed (not fixed) half hours over six weeks: enough free times to book.
  const { fixedSlots: _fixed, ...template } = scenarios.menelson.link;
  const links: FakeLinkDefinition[] = options.slugs.map((slug, index) => ({
    ...template,
    slug,
    linkId: String(1000 + index),
    durations: [1_800_000],
    startTimeIncrement: 'THIRTY',
    weeksToAdvertise: 6,
  }));
  const scheduler = createFakeScheduler({ links });
  const arrivals = new Map<string, number[]>();
  const log: { at: number; method: string; path: string; status: number; address?: string }[] = [];
  let down = false;
  const sockets = new Set<Socket>();

  const readBody = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  const server = createServer(async (request, response) => {
    if (options.control && request.url?.startsWith('/__control/')) {
      // Connection: close, since taking the fake down drops every open connection.
      response.writeHead(200, { 'Content-Type': 'application/json', Connection: 'close' });
      response.end(JSON.stringify(options.control(request.url)));
      return;
    }
    if (down) {
      request.socket.destroy();
      return;
    }
    const at = Date.now();
    const token = request.headers.authorization ?? 'none';
    const times = arrivals.get(token) ?? [];
    arrivals.set(token, times);
    times.push(at);
    const inWindow = times.filter((time) => time > at - options.windowMs).length;
    const url = new URL(request.url ?? '/', 'http://hubspot.invalid');
    const text = await readBody(request);
    await new Promise((resolve) => setTimeout(resolve, options.latencyMs * (0.8 + Math.random() * 0.4)));
    const rateHeaders = {
      'X-HubSpot-RateLimit-Max': String(options.limit),
      'X-HubSpot-RateLimit-Remaining': String(Math.max(0, options.limit - inWindow)),
      'X-HubSpot-RateLimit-Interval-Milliseconds': String(options.windowMs),
      'X-HubSpot-RateLimit-Daily': '250000',
      'X-HubSpot-RateLimit-Daily-Remaining': '240000',
    };
    let status: number;
    let body: unknown;
    if (inWindow > options.limit) {
      status = 429;
      body = {
        status: 'error',
        message: 'You have reached your ten_secondly_rolling limit.',
        errorType: 'RATE_LIMIT',
        correlationId: crypto.randomUUID(),
        policyName: 'TEN_SECONDLY_ROLLING',
        groupName: 'privateapp',
      };
    } else {
      const route = matchMockRoute(request.method ?? 'GET', url.pathname);
      const outcome = route
        ? runMockCall(scheduler, route, Object.fromEntries(url.searchParams), text === '' ? undefined : JSON.parse(text))
        : unknownRouteResponse(request.method ?? 'GET', url.pathname);
      status = outcome.status;
      body = outcome.body;
    }
    log.push({ at, method: request.method ?? 'GET', path: url.pathname, status });
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...rateHeaders });
    response.end(JSON.stringify(body));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Idle connections stay open longer than the proxy's fetch keeps them, as on HubSpot's edge:
  // otherwise a closing socket races a reused one and a healthy upstream looks unreachable.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    scheduler,
    log,
    /** The most requests that arrived in any rolling window. */
    busiestWindow(): number {
      const times = log.map((entry) => entry.at).sort((a, b) => a - b);
      let best = 0;
      let first = 0;
      for (let last = 0; last < times.length; last += 1) {
        while (times[last]! - times[first]! >= options.windowMs) first += 1;
        best = Math.max(best, last - first + 1);
      }
      return best;
    },
    setDown(value: boolean) {
      down = value;
      // Open keep-alive connections drop too, as when HubSpot's edge goes away.
      if (value) for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
