// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MeetingsApiError, type MeetingsApiErrorKind } from '../../../src/api/MeetingsApiError';
import { meetingsQueryRetryDelay, shouldRetryMeetingsQuery } from '../../../src/hooks/meetingsQueryRetry';

const error = (kind: MeetingsApiErrorKind, retryAfterMs?: number) => new MeetingsApiError({ kind, message: kind, retryAfterMs });

describe('shouldRetryMeetingsQuery', () => {
  it.each(['not-found', 'validation', 'conflict', 'invalid-response'] as const)('never retries %s: it would fail the same way', (kind) => {
    expect(shouldRetryMeetingsQuery(0, error(kind))).toBe(false);
  });

  it.each(['network', 'timeout', 'server', 'rate-limited'] as const)('retries %s twice, not a third time', (kind) => {
    expect(shouldRetryMeetingsQuery(0, error(kind))).toBe(true);
    expect(shouldRetryMeetingsQuery(1, error(kind))).toBe(true);
    expect(shouldRetryMeetingsQuery(2, error(kind))).toBe(false);
  });

  it('does not retry errors that are not from the client (bugs)', () => {
    expect(shouldRetryMeetingsQuery(0, new TypeError('x'))).toBe(false);
  });
});

describe('meetingsQueryRetryDelay', () => {
  it('waits what Retry-After asked, capped at 10 s', () => {
    expect(meetingsQueryRetryDelay(0, error('rate-limited', 2500))).toBe(2500);
    expect(meetingsQueryRetryDelay(0, error('rate-limited', 120_000))).toBe(10_000);
  });

  it('backs off briefly otherwise', () => {
    expect(meetingsQueryRetryDelay(0, error('server'))).toBe(400);
    expect(meetingsQueryRetryDelay(1, error('server'))).toBe(800);
    expect(meetingsQueryRetryDelay(10, error('server'))).toBe(4000);
  });
});
