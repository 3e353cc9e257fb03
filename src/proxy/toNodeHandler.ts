// Types only: this file must not pull Node modules into bundles that merely import the proxy.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setClientAddress } from './abuse/clientAddress';

const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** A listener for `http.createServer` (or Express/Connect, which pass the same two objects). */
export type NodeRequestListener = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

function requestHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    // HTTP/2 pseudo-headers (":path") are not headers a Request may carry.
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

/** The body as a web stream that reads from Node only as fast as the handler consumes. */
function requestBody(request: IncomingMessage): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      request.on('data', (chunk: Uint8Array) => {
        if (cancelled) return;
        controller.enqueue(chunk);
        if ((controller.desiredSize ?? 1) <= 0) request.pause();
      });
      request.on('end', () => {
        if (!cancelled) controller.close();
      });
      request.on('error', (error) => {
        if (!cancelled) controller.error(error);
      });
      request.pause();
    },
    pull() {
      request.resume();
    },
    cancel() {
      // The handler has seen enough (e.g. a body over the limit): drain the rest unread so the
      // connection can carry the answer.
      cancelled = true;
      request.resume();
    },
  });
}

function sendJsonError(target: ServerResponse, status: number, category: string, message: string): void {
  target.statusCode = status;
  target.setHeader('content-type', 'application/json; charset=utf-8');
  target.end(JSON.stringify({ status: 'error', category, message }));
}

async function writeResponse(response: Response, target: ServerResponse): Promise<void> {
  target.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') target.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) target.setHeader('set-cookie', cookies);
  if (!response.body) {
    target.end();
    return;
  }
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!target.write(value)) await new Promise((resolve) => target.once('drain', resolve));
  }
  target.end();
}

/**
 * Adapts a Fetch-API handler (such as `createMeetingsProxy()`) to Node's `http` server: builds a
 * `Request` from the incoming message (streamed body, a signal that aborts when the visitor
 * disconnects, the socket address for the per-client book limit) and writes the `Response` back.
 * `TRACE`, `TRACK` and `CONNECT`, which a `Request` cannot carry, get 405.
 *
 * @example
 * http.createServer(toNodeHandler(createMeetingsProxy({ allowedSlugs: ['jdoe'] }))).listen(8787);
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>): NodeRequestListener {
  return async (incoming, outgoing) => {
    const encrypted = (incoming.socket as { encrypted?: boolean }).encrypted === true;
    let url: URL;
    try {
      url = new URL(incoming.url ?? '/', `${encrypted ? 'https' : 'http'}://${incoming.headers.host ?? 'localhost'}`);
    } catch {
      sendJsonError(outgoing, 400, 'VALIDATION_ERROR', 'Bad request URL or Host header.');
      return;
    }
    try {
      const controller = new AbortController();
      outgoing.on('close', () => {
        if (!outgoing.writableFinished) controller.abort();
      });
      const method = incoming.method ?? 'GET';
      // Fetch forbids these methods in a Request (it would throw): no proxy route takes them.
      if (FORBIDDEN_METHODS.has(method.toUpperCase())) {
        outgoing.setHeader('allow', 'GET, POST, OPTIONS');
        sendJsonError(outgoing, 405, 'METHOD_NOT_ALLOWED', 'Method not allowed.');
        return;
      }
      const hasBody = method !== 'GET' && method !== 'HEAD';
      // `duplex` is required by Node's fetch for a streamed body but missing from the DOM types.
      const init: RequestInit & { duplex?: 'half' } = {
        method,
        headers: requestHeaders(incoming),
        body: hasBody ? requestBody(incoming) : undefined,
        signal: controller.signal,
        duplex: hasBody ? 'half' : undefined,
      };
      const request = new Request(url, init);
      setClientAddress(request, incoming.socket.remoteAddress);
      await writeResponse(await handler(request), outgoing);
    } catch {
      if (outgoing.headersSent) outgoing.destroy();
      else sendJsonError(outgoing, 500, 'INTERNAL_ERROR', 'The server failed.');
    }
  };
}
