import { isMeetingsApiError } from '../api/MeetingsApiError';

/** Retries after the first failure, for failures that may pass on their own. */
export const MAX_QUERY_RETRIES = 2;

/**
 * Retry policy of every read query: a missing page or a rejected request (4xx) will fail the same
 * way again, so only network, timeout, rate-limit and server failures are retried, at most twice.
 */
export function shouldRetryMeetingsQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES) return false;
  if (!isMeetingsApiError(error)) return false;
  return error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server' || error.kind === 'rate-limited';
}

/**
 * Delay before retry number `attempt` (0-based): the server's `Retry-After` when it sent one,
 * else a short backoff (400 ms, 800 ms) so a visitor is not left waiting for long.
 */
export function meetingsQueryRetryDelay(attempt: number, error: unknown): number {
  if (isMeetingsApiError(error) && error.retryAfterMs !== undefined) {
    return Math.min(Math.max(error.retryAfterMs, 0), 10_000);
  }
  return Math.min(400 * 2 ** attempt, 4_000);
}
