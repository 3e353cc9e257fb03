// @vitest-environment node
import { delay, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMeetingsClient } from '../../../src/api/createMeetingsClient';
import { MeetingsApiError } from '../../../src/api/MeetingsApiError';
import type { BookMeetingRequest } from '../../../src/api/types';
import { readHubSpotFixture } from './readHubSpotFixture';
import { useRecordingServer } from './recordingServer';
import { thrownBy } from './thrownBy';

const api = useRecordingServer();
const client = createMeetingsClient({ baseUrl: 'https://proxy.example.com' });
const book = () => client.bookMeeting(readHubSpotFixture('book-request') as unknown as BookMeetingRequest);
const loadPage = (options?: { signal?: AbortSignal }) =>
  client.getAvailabilityPage('jdoe', { timezone: 'UTC' }, options);

async function apiError(run: () => Promise<unknown>): Promise<MeetingsApiError> {
  const error = await thrownBy(run);
  expect(error).toBeInstanceOf(MeetingsApiError);
  return error as MeetingsApiError;
}

describe('createMeetingsClient: failures', () => {
  it('maps 404 to not-found with HubSpot’s message, category and correlation id', async () => {
    api.replyJson(
      { status: 'error', message: 'Meeting link not found', correlationId: 'c-404', category: 'OBJECT_NOT_FOUND' },
      { status: 404 },
    );
    expect(await apiError(loadPage)).toMatchObject({
      kind: 'not-found',
      status: 404,
      message: 'Meeting link not found',
      correlationId: 'c-404',
      category: 'OBJECT_NOT_FOUND',
    });
  });

  it('maps the fake backend’s 400 validation body to field errors named as in the book body', async () => {
    api.replyJson(
      {
        status: 'error',
        category: 'VALIDATION_ERROR',
        message: 'Invalid input',
        correlationId: 'c-400',
        errors: [
          { message: 'Email is invalid', in: 'email', code: 'INVALID_EMAIL' },
          { message: 'Size is required', in: 'formFields.size', code: 'REQUIRED' },
          { message: 'Consent is required', in: 'legalConsentResponses.5457724', code: 'REQUIRED' },
        ],
      },
      { status: 400 },
    );
    const error = await apiError(book);
    expect(error.kind).toBe('validation');
    expect(error.category).toBe('VALIDATION_ERROR');
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: 'Email is invalid', code: 'INVALID_EMAIL' },
      { field: 'formFields.size', message: 'Size is required', code: 'REQUIRED' },
      { field: 'legalConsentResponses.5457724', message: 'Consent is required', code: 'REQUIRED' },
    ]);
  });

  it('maps the fake backend’s 409 for a taken slot to conflict', async () => {
    api.replyJson(
      {
        status: 'error',
        category: 'CONFLICT',
        subCategory: 'MEETING_SLOT_UNAVAILABLE',
        message: 'The requested time is no longer available.',
        correlationId: 'c-409',
      },
      { status: 409 },
    );
    expect(await apiError(book)).toMatchObject({ kind: 'conflict', status: 409, correlationId: 'c-409', fieldErrors: [] });
  });

  it('maps a 400 that says the slot is taken to conflict, not validation', async () => {
    api.replyJson(
      { status: 'error', category: 'VALIDATION_ERROR', subCategory: 'MeetingsBookingError.TIME_SLOT_UNAVAILABLE', message: 'Cannot book' },
      { status: 400 },
    );
    expect((await apiError(book)).kind).toBe('conflict');
  });

  it('maps 429 to rate-limited with Retry-After in ms', async () => {
    api.replyJson({ status: 'error', message: 'Slow down' }, { status: 429, headers: { 'Retry-After': '7' } });
    expect(await apiError(loadPage)).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 7000 });
  });

  it.each([500, 502, 503])('maps %i to server, even with an HTML body', async (status) => {
    api.reply(() => new HttpResponse('<html>Bad gateway</html>', { status, headers: { 'Content-Type': 'text/html' } }));
    expect(await apiError(loadPage)).toMatchObject({ kind: 'server', status });
  });

  it('maps the proxy’s 504 to timeout', async () => {
    api.replyJson({ status: 'error', message: 'Upstream timed out' }, { status: 504 });
    expect((await apiError(loadPage)).kind).toBe('timeout');
  });

  it('maps a failed fetch to network', async () => {
    api.reply(() => HttpResponse.error());
    const error = await apiError(loadPage);
    expect(error.kind).toBe('network');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('maps a 200 that is not JSON, or JSON of the wrong shape, to invalid-response', async () => {
    api.reply(() => new HttpResponse('<html>login</html>', { status: 200 }));
    expect((await apiError(loadPage)).kind).toBe('invalid-response');
    api.replyJson({ unexpected: true });
    expect((await apiError(loadPage)).kind).toBe('invalid-response');
  });

  it('never retries a booking that failed', async () => {
    api.replyJson({ status: 'error', message: 'Oops' }, { status: 500 });
    await apiError(book);
    expect(api.received).toHaveLength(1);
  });

  it('gives a timeout error when the answer takes longer than timeoutMs, and cancels the request', async () => {
    // A server that never answers: only the client's own time limit can end the call.
    const signals: AbortSignal[] = [];
    const never: typeof fetch = (_input, init) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal;
        if (!signal) return;
        signals.push(signal);
        signal.addEventListener('abort', () => reject(signal.reason));
      });
    const quick = createMeetingsClient({ baseUrl: 'https://proxy.example.com', timeoutMs: 50, fetch: never });
    const error = await apiError(() => quick.getAvailabilityPage('jdoe', { timezone: 'UTC' }));
    expect(error.kind).toBe('timeout');
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
  });

  it('re-throws the caller’s abort as the AbortError it is, not as a MeetingsApiError', async () => {
    api.reply(async () => {
      await delay(2_000);
      return HttpResponse.json(readHubSpotFixture('availability-page'));
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = await thrownBy(() => loadPage({ signal: controller.signal }));
    expect(error).not.toBeInstanceOf(MeetingsApiError);
    expect(error).toBe(controller.signal.reason);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('sends nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await thrownBy(() => loadPage({ signal: controller.signal }));
    expect((error as DOMException).name).toBe('AbortError');
    expect(api.received).toHaveLength(0);
  });
});
