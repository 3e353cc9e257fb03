import type { HttpHandler } from 'msw';
import type { MockFault } from './MockFault';
import type { RecordedRequest } from './RecordedRequest';

/** The MSW side of the fake backend. */
export interface MockBackend {
  /** Pass to `setupServer(...)` (msw/node) or `setupWorker(...)` (msw/browser). */
  handlers: HttpHandler[];
  /** Every request received, oldest first (a live array: read it after the calls). */
  readonly requests: RecordedRequest[];
  /** Latency of every call from now on, in ms. */
  setLatency(ms: number | (() => number)): void;
  /** Replaces the faults (and their `times` counters). */
  setFaults(faults: readonly MockFault[]): void;
  /** Empties {@link requests}. */
  clearRequests(): void;
}
