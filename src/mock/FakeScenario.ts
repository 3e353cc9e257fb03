import type { FakeLinkDefinition } from './FakeLinkDefinition';
import type { ScenarioId } from './ScenarioId';

/** A named, documented scheduling link the dev gallery and tests can open. */
export interface FakeScenario {
  /** Also the link's slug. */
  id: ScenarioId;
  /** Short name for a sidebar. */
  title: string;
  /** Sidebar group: 'Link types', 'Forms & consent' or 'Availability'. */
  group: string;
  /** What the scenario shows and why it exists. */
  description: string;
  /** The link served under the id. */
  link: FakeLinkDefinition;
}
