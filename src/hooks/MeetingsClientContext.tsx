import { createContext, useContext } from 'react';
import type { MeetingsClient } from '../api/types';

/**
 * The client a widget instance talks through. Each `<MeetingScheduler>` provides its own, so two
 * widgets pointed at different proxies never mix.
 */
export const MeetingsClientContext = createContext<MeetingsClient | null>(null);

/** The client of the nearest `MeetingsProvider` (or `<MeetingScheduler>`); throws outside one. */
export function useMeetingsClient(): MeetingsClient {
  const client = useContext(MeetingsClientContext);
  if (!client) {
    throw new Error('useMeetingsClient must be used inside <MeetingScheduler> or a MeetingsClientContext provider.');
  }
  return client;
}
