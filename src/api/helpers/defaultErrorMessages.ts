import type { MeetingsApiErrorKind } from '../MeetingsApiError';

/** English fallbacks for a body without a message; views show their own localized texts. */
export const defaultErrorMessages: Readonly<Record<MeetingsApiErrorKind, string>> = {
  'not-found': 'This scheduling page was not found.',
  validation: 'The request was rejected.',
  conflict: 'The requested time is no longer available.',
  'rate-limited': 'Too many requests; try again shortly.',
  server: 'The scheduling service failed to answer.',
  network: 'The scheduling service could not be reached.',
  offline: 'The browser is offline.',
  timeout: 'The scheduling service took too long to answer.',
  'invalid-response': 'The scheduling service sent an answer that could not be read.',
  'verification-failed': 'The human check did not pass.',
};
