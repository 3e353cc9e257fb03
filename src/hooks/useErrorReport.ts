import { useEffect } from 'react';
import type { MeetingsApiError } from '../api/MeetingsApiError';

/**
 * Calls `report` once for each new error object (React Query keeps the same object while a query
 * stays failed, and only reports after its retries). Pass a stable `report`, e.g. from
 * `useLatestCallback`.
 */
export function useErrorReport(error: MeetingsApiError | null | undefined, report: (error: MeetingsApiError) => void): void {
  useEffect(() => {
    if (error) report(error);
  }, [error, report]);
}
