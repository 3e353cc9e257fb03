import { useCallback, useRef, useState } from 'react';
import type { EventLogEntry } from './EventLogEntry';
import { toLoggablePayload } from './toLoggablePayload';

/** Older entries are dropped past this many so a long session does not slow the page down. */
const MAX_ENTRIES = 200;

/** The event log's state: entries newest first, `log` to add one, `clear` to empty it. */
export interface EventLog {
  entries: EventLogEntry[];
  log: (name: string, payload: unknown) => void;
  clear: () => void;
}

/** Keeps the event log. `log` is stable, so it can be handed to the widget's callbacks freely. */
export function useEventLog(): EventLog {
  const [entries, setEntries] = useState<EventLogEntry[]>([]);
  const nextId = useRef(1);
  const log = useCallback((name: string, payload: unknown) => {
    // The payload is copied now: later mutations by the widget must not rewrite history.
    const entry: EventLogEntry = { id: nextId.current++, at: Date.now(), name, payload: toLoggablePayload(payload) };
    setEntries((current) => [entry, ...current].slice(0, MAX_ENTRIES));
  }, []);
  const clear = useCallback(() => setEntries([]), []);
  return { entries, log, clear };
}
