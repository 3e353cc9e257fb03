import { MeetingsApiError } from '../MeetingsApiError';

/** The error of a body that is not the expected shape at all; `what` says which call's body. */
export function invalidResponse(what: string, cause?: unknown): MeetingsApiError {
  return new MeetingsApiError({
    kind: 'invalid-response',
    message: `The server's answer is not a valid ${what}.`,
    cause,
  });
}
