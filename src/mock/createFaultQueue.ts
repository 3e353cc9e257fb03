import type { MockCall, MockFault } from './MockFault';

/** Faults with their remaining counts, shared by every request of one adapter. */
export interface FaultQueue {
  /**
   * The faults that apply to this request, in order, counting them as used: every matching
   * delay, then at most one other fault (the first still active).
   */
  take(call: MockCall): MockFault['response'][];
  /** Replaces the faults and their counts. */
  set(faults: readonly MockFault[]): void;
}

/** Keeps `times` counters outside the fault objects, so shared definitions are never mutated. */
export function createFaultQueue(initial: readonly MockFault[] = []): FaultQueue {
  let entries: Array<{ fault: MockFault; remaining: number }> = [];
  const set = (faults: readonly MockFault[]) => {
    entries = faults.map((fault) => ({ fault, remaining: fault.times ?? Number.POSITIVE_INFINITY }));
  };
  set(initial);
  return {
    set,
    take(call) {
      const taken: MockFault['response'][] = [];
      for (const entry of entries) {
        if (entry.fault.call !== call || entry.remaining <= 0) continue;
        entry.remaining -= 1;
        taken.push(entry.fault.response);
        const isDelay = typeof entry.fault.response === 'object' && 'delayMs' in entry.fault.response;
        if (!isDelay) break;
      }
      return taken;
    },
  };
}
