import { MeetingsApiError } from '../MeetingsApiError';
import { defaultErrorMessages } from './defaultErrorMessages';

const MAX_TIMER_DELAY = 2_147_483_647;

/** `navigator.onLine` is only ever false when the device has no network at all. */
function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function offlineError(cause?: unknown): MeetingsApiError {
  return new MeetingsApiError({ kind: 'offline', message: defaultErrorMessages.offline, cause });
}

/** One HTTP exchange of the client. */
export interface SendRequestInit {
  url: string;
  method: 'GET' | 'POST';
  /** Serialized as JSON; only for POST. */
  body?: unknown;
  /** Already resolved for this call (the client reads its `headers` option per call). */
  headers: HeadersInit | undefined;
  fetch: typeof fetch | undefined;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  /**
   * A 2xx body that is not JSON resolves to `undefined` instead of failing: for the book call,
   * where a success status means the meeting is booked whatever the body says.
   */
  acceptNonJsonSuccess?: boolean;
}

/**
 * Sends one request and returns its JSON body, or rejects with a `MeetingsApiError`. The caller's
 * signal and the time limit share one controller so that fetch and body reading both stop; which
 * one fired decides the outcome: the caller's abort re-throws fetch's own AbortError untouched
 * (React Query recognises it as a cancellation), the time limit gives a `timeout` error. Offline,
 * nothing is sent: it rejects at once with an `offline` error, and a request that fails while the
 * browser went offline is one too.
 */
export async function sendRequest(init: SendRequestInit): Promise<unknown> {
  const { signal } = init;
  signal?.throwIfAborted();
  if (isOffline()) throw offlineError();
  const controller = new AbortController();
  let timedOut = false;
  // setTimeout fires at once for delays beyond 2^31-1 ms, so a longer limit (Infinity) means none.
  const timer =
    init.timeoutMs <= MAX_TIMER_DELAY
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException('The request timed out.', 'TimeoutError'));
        }, init.timeoutMs)
      : undefined;
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });

  const fail = (error: unknown): unknown => {
    if (timedOut) return new MeetingsApiError({ kind: 'timeout', message: defaultErrorMessages.timeout, cause: error });
    if (signal?.aborted) return error;
    if (error instanceof MeetingsApiError) return error;
    if (isOffline()) return offlineError(error);
    return new MeetingsApiError({ kind: 'network', message: defaultErrorMessages.network, cause: error });
  };

  try {
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json');
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
    // Looked up per call, so MSW or a test double installed after the client was made applies.
    const fetchImpl = init.fetch ?? globalThis.fetch;
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(init.url, {
        method: init.method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: controller.signal,
      });
      // Loaded only when a call fails: a first load that succeeds never carries the error parsing.
      // If it cannot load, `fail` below makes that a network error.
      if (!response.ok) throw await import('../errorFromResponse').then((module) => module.errorFromResponse(response));
      text = await response.text();
    } catch (error) {
      throw fail(error);
    }
    // errorFromResponse never rejects, so a limit or abort during its body read lands here.
    if (timedOut || signal?.aborted) throw fail(controller.signal.reason);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      if (init.acceptNonJsonSuccess) return undefined;
      throw new MeetingsApiError({
        kind: 'invalid-response',
        message: defaultErrorMessages['invalid-response'],
        status: response.status,
        cause: error,
      });
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
