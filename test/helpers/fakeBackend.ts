import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockHandlers } from '../../src/mock/createMockHandlers';
import { createScenarioScheduler } from '../../src/mock/createScenarioScheduler';
import type { FakeScheduler } from '../../src/mock/FakeScheduler';
import type { MockBackend } from '../../src/mock/MockBackend';
import type { ScenarioId } from '../../src/mock/ScenarioId';

/** Options of {@link useFakeBackend}. */
export interface FakeBackendOptions {
  /** A fixed clock for the fake; default Date.now at each call (so `vi.setSystemTime` works). */
  now?: number;
  /** Only these scenarios (default all). */
  scenarioIds?: ScenarioId[];
}

/** What {@link useFakeBackend} gives a test file. */
export interface FakeBackend {
  /** The fake scheduler (bookings, occupy, reset). */
  readonly scheduler: FakeScheduler;
  /** The MSW adapter: `requests` lists what the API received; `setFaults`, `setLatency`. */
  readonly backend: MockBackend;
  /** The msw/node server, for `server.use(...)` overrides. */
  readonly server: SetupServer;
}

/**
 * Call at the top of a test file: answers the Meetings API (any origin, relative URLs included)
 * from the built-in scenarios. Unknown requests fail the test; after each test the handlers,
 * bookings, faults, latency and recorded requests are reset.
 */
export function useFakeBackend(options: FakeBackendOptions = {}): FakeBackend {
  const scheduler = createScenarioScheduler({
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.scenarioIds ? { scenarioIds: options.scenarioIds } : {}),
  });
  const backend = createMockHandlers(scheduler, { baseUrl: '' });
  const server = setupServer(...backend.handlers);

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    scheduler.reset();
    backend.setFaults([]);
    backend.setLatency(0);
    backend.clearRequests();
  });
  afterAll(() => server.close());

  return {
    get scheduler() {
      return scheduler;
    },
    get backend() {
      return backend;
    },
    get server() {
      return server;
    },
  };
}
