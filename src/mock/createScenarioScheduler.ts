import { createFakeScheduler } from './createFakeScheduler';
import type { FakeScheduler } from './FakeScheduler';
import type { ScenarioId } from './ScenarioId';
import { scenarios } from './scenarios';

/** Options of {@link createScenarioScheduler}. */
export interface ScenarioSchedulerOptions {
  /** The clock: a fixed instant or a function read at every call. Default `Date.now`. */
  now?: number | (() => number);
  /** Only these scenarios (default all). */
  scenarioIds?: readonly ScenarioId[];
}

/** A fresh fake backend serving the built-in scenarios under their ids as slugs. */
export function createScenarioScheduler(options: ScenarioSchedulerOptions = {}): FakeScheduler {
  const ids = options.scenarioIds ?? (Object.keys(scenarios) as ScenarioId[]);
  return createFakeScheduler({
    ...(options.now === undefined ? {} : { now: options.now }),
    links: ids.map((id) => scenarios[id].link),
  });
}
