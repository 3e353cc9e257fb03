import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createScenarioScheduler } from '../../../src/mock/createScenarioScheduler';
import type { FakeScheduler } from '../../../src/mock/FakeScheduler';
import { matchMockRoute } from '../../../src/mock/matchMockRoute';

/** The three calls the widget makes. */
export type HostileCall = 'getBookingInfo' | 'getAvailabilityPage' | 'bookMeeting';

/** How the server answers one request. */
export type HostileAnswer =
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'raw'; status: number; body: string; contentType: string; headers?: Record<string, string> }
  /** Reads the request, then destroys the socket without a byte of answer. */
  | { kind: 'drop' }
  /** Never answers (until the server closes). */
  | { kind: 'hang' };

/** One request the server received (preflights left out). */
export interface HostileRequest {
  call: HostileCall | undefined;
  slug: string | undefined;
  method: string;
  idempotencyKey: string | undefined;
  body: unknown;
}

/**
 * Decides the answer: `fake` is what the built-in fake backend would answer (valid data of the
 * named scenario), to send as is, mutate, or replace. Undefined → `fake`.
 */
export type HostileResponder = (request: HostileRequest, fake: () => HostileAnswer) => HostileAnswer | undefined;

export interface HostileApi {
  url: string;
  /** Every request, oldest first. */
  readonly requests: HostileRequest[];
  /** POSTs of the book call received so far. */
  posts(): HostileRequest[];
  /** Replaces the responder (undefined: the fake backend only). */
  respond(responder: HostileResponder | undefined): void;
  /** The slug's scenario in the fake: slugs may carry a `~suffix` to make them unique per run. */
  readonly scheduler: FakeScheduler;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '600',
};

/** `custom-fields~17` → `custom-fields`: the scenario behind a per-run slug. */
export function scenarioOf(slug: string): string {
  return slug.split('~')[0] ?? slug;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/**
 * A Meetings API on 127.0.0.1 for hostile browser tests: answers from the fake backend unless the
 * test's responder says otherwise (payloads, faults, dropped sockets, silence), and records every
 * request with its Idempotency-Key. Stops with `close()`.
 */
export async function startHostileApi(): Promise<HostileApi> {
  const scheduler = createScenarioScheduler();
  const requests: HostileRequest[] = [];
  const sockets = new Set<Socket>();
  let responder: HostileResponder | undefined;

  const fakeAnswer = (route: ReturnType<typeof matchMockRoute>, slug: string | undefined, query: Record<string, string>, body: unknown): HostileAnswer => {
    const scenario = slug === undefined ? undefined : scenarioOf(slug);
    let fake;
    if (route?.call === 'getBookingInfo') fake = scheduler.getBookingInfo(scenario ?? '', query);
    else if (route?.call === 'getAvailabilityPage') fake = scheduler.getAvailabilityPage(scenario ?? '', query);
    else if (route?.call === 'bookMeeting') {
      const wire = typeof body === 'object' && body !== null ? { ...(body as Record<string, unknown>), slug: scenario } : body;
      fake = scheduler.book(wire, query.timezone === undefined ? {} : { timezone: query.timezone });
    } else fake = { status: 404, body: { status: 'error', message: 'unknown route' } };
    return { kind: 'json', status: fake.status, body: fake.body, headers: fake.headers };
  };

  const send = (response: ServerResponse, answer: HostileAnswer, socket: Socket) => {
    if (answer.kind === 'hang') return;
    if (answer.kind === 'drop') {
      socket.destroy();
      return;
    }
    const type = answer.kind === 'json' ? 'application/json' : answer.contentType;
    const text = answer.kind === 'json' ? (answer.body === undefined ? '' : JSON.stringify(answer.body)) : answer.body;
    response.writeHead(answer.status, { ...CORS, 'Content-Type': type, ...answer.headers });
    response.end(text);
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      const method = (request.method ?? 'GET').toUpperCase();
      if (method === 'OPTIONS') {
        response.writeHead(204, CORS);
        response.end();
        return;
      }
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const text = method === 'POST' ? await readBody(request) : '';
      let body: unknown;
      try {
        body = text ? (JSON.parse(text) as unknown) : undefined;
      } catch {
        body = text;
      }
      const route = matchMockRoute(method, url.pathname);
      const slug = route?.slug ?? (typeof (body as { slug?: unknown })?.slug === 'string' ? (body as { slug: string }).slug : undefined);
      const call = route?.call === 'listMeetingLinks' ? undefined : route?.call;
      const header = request.headers['idempotency-key'];
      const recorded: HostileRequest = { call, slug, method, idempotencyKey: Array.isArray(header) ? header[0] : header, body };
      requests.push(recorded);
      const query = Object.fromEntries(url.searchParams);
      const fake = () => fakeAnswer(route, slug, query, body);
      send(response, responder?.(recorded, fake) ?? fake(), request.socket);
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    posts: () => requests.filter((request) => request.call === 'bookMeeting'),
    respond(next) {
      responder = next;
    },
    scheduler,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
