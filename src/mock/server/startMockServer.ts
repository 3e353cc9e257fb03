import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerMockRequest } from '../answerMockRequest';
import { corsHeaders } from '../corsHeaders';
import { createFaultQueue } from '../createFaultQueue';
import { createScenarioScheduler } from '../createScenarioScheduler';
import type { FakeScheduler } from '../FakeScheduler';
import { matchMockRoute } from '../matchMockRoute';
import type { MockFault } from '../MockFault';
import { parseRequestBody } from '../parseRequestBody';

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Default: all built-in scenarios on the real clock. */
  scheduler?: FakeScheduler;
  /** Latency of every call, in ms. */
  latencyMs?: number;
  /** Faults injected per call, as in the MSW adapter. */
  faults?: readonly MockFault[];
  /** Where the one-line request log goes; default console.log. Pass `() => {}` to silence it. */
  log?: (line: string) => void;
}

/** A running mock server. */
export interface RunningMockServer {
  /** e.g. `http://127.0.0.1:4010`, the base URL to give the widget. */
  url: string;
  /** Stops accepting requests, ends open connections and resolves when closed. */
  close(): Promise<void>;
}

/** Request bodies above this are refused; a booking is a few kilobytes. */
const MAX_BODY_BYTES = 1_000_000;

/**
 * The fake backend over plain node:http with CORS on, for the script-tag example, browser tests
 * and anyone trying the widget without a HubSpot account. Routes exactly like the MSW adapter.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const scheduler = options.scheduler ?? createScenarioScheduler();
  const log = options.log ?? ((line: string) => console.log(line));
  const context = {
    scheduler,
    faults: createFaultQueue(options.faults ?? []),
    latencyMs: () => options.latencyMs ?? 0,
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`mock-server: ${String(error)}`);
      if (!response.headersSent) send(response, 500, { status: 'error', category: 'INTERNAL_ERROR', message: 'Mock server failure.' });
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const startedAt = Date.now();
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', 'http://mock.invalid');
    if (method === 'OPTIONS') {
      response.writeHead(204, corsHeaders).end();
      log(`${method} ${url.pathname}${url.search} 204`);
      return;
    }
    const text = await readBody(request);
    if (text === undefined) {
      send(response, 413, { status: 'error', category: 'VALIDATION_ERROR', message: 'Request body too large.' });
      return;
    }
    const body = parseRequestBody(text);
    const query = Object.fromEntries(url.searchParams);
    const route = matchMockRoute(method, url.pathname);
    const outcome = await answerMockRequest(context, route, { method, path: url.pathname, query, body });
    if (outcome === 'network-error') {
      log(`${method} ${url.pathname}${url.search} network-error`);
      request.socket.destroy();
      return;
    }
    send(response, outcome.status, outcome.body, outcome.headers);
    log(`${method} ${url.pathname}${url.search} ${outcome.status} ${Date.now() - startedAt}ms`);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    ...corsHeaders,
    ...(payload ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    ...headers,
  });
  response.end(payload);
}

/** The body as text, or undefined when it exceeds the limit. */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
