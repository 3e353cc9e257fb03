import type { MeetingsApiError, MeetingsApiErrorKind } from '../../api/MeetingsApiError';

/** One sentence per error kind the browse views describe, and `other` for the rest. */
export type ErrorKindTexts = Partial<Record<MeetingsApiErrorKind, string>> &
  Record<'network' | 'offline' | 'timeout' | 'rate-limited' | 'server' | 'invalid-response' | 'other', string>;

/** `errorDescription` from a table of sentences, so a catalog holds data rather than a switch. */
export function byErrorKind(texts: ErrorKindTexts): (error: MeetingsApiError) => string {
  return (error) => texts[error.kind] ?? texts.other;
}
