import { MeetingsApiError, type MeetingsApiErrorKind } from './MeetingsApiError';
import { fieldErrorsFromBody } from './helpers/fieldErrorsFromBody';
import { isRecord } from './helpers/isRecord';
import { isSlotUnavailable } from './helpers/isSlotUnavailable';
import { readRetryAfter } from './helpers/readRetryAfter';
import { readText } from './helpers/readText';
import { defaultErrorMessages } from './helpers/defaultErrorMessages';

function kindOf(status: number, body: Record<string, unknown>): MeetingsApiErrorKind {
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  // The proxy's `verifyBooking` refused it: the visitor can redo the check and book again.
  if (status === 403 && body.category === 'BOOKING_VERIFICATION_FAILED') return 'verification-failed';
  // 504 is what the proxy answers when HubSpot is slow; to the visitor that is a timeout.
  if (status === 408 || status === 504) return 'timeout';
  if (status === 400 || status === 413 || status === 422) return isSlotUnavailable(body) ? 'conflict' : 'validation';
  // 401/403/405 and the like are a misconfigured proxy or token: nothing the visitor can fix.
  return 'server';
}

async function readBody(response: Response): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = JSON.parse(await response.text());
    return isRecord(parsed) ? parsed : {};
  } catch {
    // A gateway's HTML error page still has a status worth mapping.
    return {};
  }
}

/**
 * The `MeetingsApiError` for a response that is not 2xx: the kind from the status (404 not-found,
 * 409 conflict, 400/422 validation or conflict when the body says the slot was taken, 429
 * rate-limited with `Retry-After`, 5xx server), and status, message, correlation id, category and
 * field errors from HubSpot's error body when it has one. Reads the body; never rejects.
 */
export async function errorFromResponse(response: Response): Promise<MeetingsApiError> {
  const body = await readBody(response);
  const kind = kindOf(response.status, body);
  const message = readText(body.message) ?? defaultErrorMessages[kind];
  return new MeetingsApiError({
    kind,
    message,
    status: response.status,
    correlationId: readText(body.correlationId) ?? response.headers.get('x-hubspot-correlation-id') ?? undefined,
    category: readText(body.category),
    fieldErrors: kind === 'validation' ? fieldErrorsFromBody(body, message) : [],
    retryAfterMs: kind === 'rate-limited' ? readRetryAfter(response.headers.get('retry-after')) : undefined,
  });
}
