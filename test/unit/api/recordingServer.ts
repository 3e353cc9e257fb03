import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** What the API received: the part of a request a test asserts on. */
export interface ReceivedRequest {
  method: string;
  url: URL;
  /** The raw URL string, to see the exact percent-encoding sent. */
  rawUrl: string;
  headers: Headers;
  body: unknown;
}

/**
 * An MSW server for one test file that records every request and answers with `reply` (a JSON
 * 200 by default). Tests replace the answer with `server.use(...)` or by setting `reply`.
 */
export function useRecordingServer() {
  const received: ReceivedRequest[] = [];
  const state: { reply: () => Response | Promise<Response> } = { reply: () => HttpResponse.json({}) };
  const server = setupServer(
    http.all('*', async ({ request }) => {
      const text = await request.text();
      received.push({
        method: request.method,
        url: new URL(request.url),
        rawUrl: request.url,
        headers: request.headers,
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
      });
      return state.reply();
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    received.length = 0;
    state.reply = () => HttpResponse.json({});
  });
  afterAll(() => server.close());
  return {
    received,
    /** Answer every request with this JSON body and status. */
    replyJson(body: JsonBodyType, init?: ResponseInit) {
      state.reply = () => HttpResponse.json(body, init);
    },
    /** Answer every request with a custom response. */
    reply(make: () => Response | Promise<Response>) {
      state.reply = make;
    },
  };
}
