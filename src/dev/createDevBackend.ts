import type { SetupWorker } from 'msw/browser';
import { createMockHandlers, createScenarioScheduler, failureVariants, type MockBackend } from '../mock';
import type { GalleryEntry } from './GalleryEntry';

/** The fake backend behind the gallery's service worker. */
export interface DevBackend {
  /**
   * Starts a fresh fake scheduler (no bookings yet) with the entry's faults and the latency last
   * set, and makes the worker answer from it. Called on every scenario selection and on "Reset
   * backend"; `session` names the activation so the gallery can wait for it (see `subscribe`).
   */
  activate(entry: GalleryEntry, session: string): void;
  /** The session of the last activation, `undefined` before the first. */
  readonly session: string | undefined;
  /** Calls `listener` after each activation; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Changes the latency without resetting the bookings. */
  setLatency(latencyMs: number): void;
  /** A failure variant's own latency, which wins over a smaller chosen one. */
  scenarioLatencyMs(entryId: string): number | undefined;
  /** The current adapter: its `requests` list what the fake API received since the last activation. */
  readonly current: MockBackend | undefined;
}

/**
 * Wires src/mock into an MSW worker. A new scheduler per activation keeps scenarios independent:
 * a slot booked in one visit is free again when the scenario is opened anew, as a demo should be.
 */
export function createDevBackend(worker: SetupWorker): DevBackend {
  let current: MockBackend | undefined;
  let session: string | undefined;
  const listeners = new Set<() => void>();
  let chosenLatencyMs = 0;
  let entryLatencyMs = 0;
  const variantOf = (id: string) => Object.values(failureVariants).find((variant) => variant.id === id);
  const effectiveLatency = () => Math.max(chosenLatencyMs, entryLatencyMs);

  return {
    activate(entry, nextSession) {
      const variant = entry.kind === 'failure' ? variantOf(entry.id) : undefined;
      entryLatencyMs = variant?.latencyMs ?? 0;
      // The real clock: the documentation's fixed slots are shifted into the future by the fake.
      const scheduler = createScenarioScheduler();
      current = createMockHandlers(scheduler, { latencyMs: effectiveLatency(), faults: [...(variant?.faults ?? [])] });
      worker.resetHandlers(...current.handlers);
      session = nextSession;
      for (const listener of listeners) listener();
    },
    get session() {
      return session;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setLatency(latencyMs) {
      chosenLatencyMs = latencyMs;
      current?.setLatency(effectiveLatency());
    },
    scenarioLatencyMs(entryId) {
      return variantOf(entryId)?.latencyMs;
    },
    get current() {
      return current;
    },
  };
}
