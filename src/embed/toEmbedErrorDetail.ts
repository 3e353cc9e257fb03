import { isMeetingsApiError } from '../api/MeetingsApiError';
import type { EmbedErrorDetail } from './MeetingSchedulerEventMap';

/** Flattens anything thrown into the `meeting-scheduler:error` detail. */
export function toEmbedErrorDetail(error: unknown): EmbedErrorDetail {
  if (isMeetingsApiError(error)) {
    return { kind: error.kind, message: error.message, status: error.status, error };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'embed', message, error };
}
