import type { ProxyEventHandler } from './ProxyEvent';

/** Options of `createJsonLineLogger`. */
export interface JsonLineLoggerOptions {
  /** Where each line goes. @defaultValue console.log */
  write?: (line: string) => void;
  /** Event types to leave out, e.g. `['cache-hit']` on a busy site. @defaultValue none */
  skip?: readonly string[];
  /** The clock, for tests. @defaultValue Date.now */
  now?: () => number;
}

/**
 * An `onEvent` handler that writes one JSON line per event (`{"time":…,"type":…,…}`), ready for
 * log collectors. Events carry no visitor data, so neither do the lines.
 *
 * @example
 * createMeetingsProxy({ onEvent: createJsonLineLogger({ skip: ['cache-hit'] }) });
 */
export function createJsonLineLogger(options: JsonLineLoggerOptions = {}): ProxyEventHandler {
  const write = options.write ?? ((line: string) => console.log(line));
  const now = options.now ?? Date.now;
  const skip = new Set(options.skip ?? []);
  return (event) => {
    if (skip.has(event.type)) return;
    write(JSON.stringify({ time: new Date(now()).toISOString(), source: 'meeting-scheduler-proxy', ...event }));
  };
}
