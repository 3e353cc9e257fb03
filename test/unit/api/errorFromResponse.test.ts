// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorFromResponse } from '../../../src/api/errorFromResponse';

const json = (body: unknown, status: number, headers?: Record<string, string>) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

afterEach(() => {
  vi.useRealTimers();
});

describe('errorFromResponse', () => {
  it('reads field names from errors[].context and the top-level context when errors[].in is missing', async () => {
    const error = await errorFromResponse(
      json(
        {
          status: 'error',
          category: 'VALIDATION_ERROR',
          message: 'Some fields are invalid',
          errors: [
            { message: 'First name is required', context: { firstName: ['missing'] } },
            { message: 'Bad property', context: { propertyName: ['lastName'] } },
            { message: 'No field named' },
          ],
          context: { 'guestEmails[1]': ['not-an-email'], requestId: ['x'] },
        },
        422,
      ),
    );
    expect(error.kind).toBe('validation');
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual([
      { field: 'firstName', message: 'First name is required' },
      { field: 'lastName', message: 'Bad property' },
      { field: 'guestEmails[1]', message: 'Some fields are invalid' },
    ]);
  });

  it('keeps a 400 without a validation category as validation, with its message', async () => {
    const error = await errorFromResponse(json({ status: 'error', message: 'duration must be one of the link’s' }, 400));
    expect(error).toMatchObject({ kind: 'validation', message: 'duration must be one of the link’s', fieldErrors: [] });
  });

  it('reads a Retry-After HTTP date relative to now', async () => {
    vi.useFakeTimers({ now: Date.UTC(2025, 9, 9, 12, 0, 0) });
    const error = await errorFromResponse(json({}, 429, { 'Retry-After': 'Thu, 09 Oct 2025 12:00:30 GMT' }));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 30_000 });
  });

  it('leaves retryAfterMs out when Retry-After is missing or unreadable', async () => {
    expect((await errorFromResponse(json({}, 429))).retryAfterMs).toBeUndefined();
    expect((await errorFromResponse(json({}, 429, { 'Retry-After': 'soon-ish 5' }))).retryAfterMs).toBeUndefined();
  });

  it('takes the correlation id from HubSpot’s header when the body has none, and a default message', async () => {
    const error = await errorFromResponse(
      new Response('upstream exploded', { status: 500, headers: { 'X-HubSpot-Correlation-Id': 'hdr-1' } }),
    );
    expect(error).toMatchObject({ kind: 'server', status: 500, correlationId: 'hdr-1' });
    expect(error.message).toBe('The scheduling service failed to answer.');
  });

  it('treats 401 and 403 (a misconfigured proxy) as server failures', async () => {
    expect((await errorFromResponse(json({ message: 'Authentication credentials not found' }, 401))).kind).toBe('server');
    expect((await errorFromResponse(json({}, 403))).kind).toBe('server');
  });
});
