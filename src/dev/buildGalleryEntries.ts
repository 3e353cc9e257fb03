import type { GalleryEntry } from './GalleryEntry';

/** The parts of a fake-backend scenario the sidebar needs (src/mock's `FakeScenario` fits). */
export interface ScenarioSummary {
  id: string;
  title: string;
  group: string;
  description: string;
}

/** The parts of a failure variant the sidebar needs (src/mock's failure variants fit). */
export interface FailureVariantSummary {
  id: string;
  title: string;
  description: string;
  baseScenario: string;
}

/** Group headings in the order a newcomer should meet them; unknown groups follow, in their own order. */
export const galleryGroupOrder = ['Link types', 'Forms & consent', 'Availability', 'Failures'] as const;

/** Group of every failure variant. */
export const FAILURES_GROUP = 'Failures';

/**
 * Flattens scenarios and failure variants into sidebar rows, sorted by group (see
 * `galleryGroupOrder`) and otherwise kept in declaration order, which the mock authors chose on purpose.
 */
export function buildGalleryEntries(
  scenarios: Readonly<Record<string, ScenarioSummary>>,
  failureVariants: Readonly<Record<string, FailureVariantSummary>>,
): GalleryEntry[] {
  const entries: GalleryEntry[] = [
    ...Object.values(scenarios).map((scenario) => ({
      id: scenario.id,
      kind: 'scenario' as const,
      title: scenario.title,
      group: scenario.group,
      description: scenario.description,
      slug: scenario.id,
    })),
    ...Object.values(failureVariants).map((variant) => ({
      id: variant.id,
      kind: 'failure' as const,
      title: variant.title,
      group: FAILURES_GROUP,
      description: variant.description,
      slug: variant.baseScenario,
    })),
  ];
  const groups = groupOrderOf(entries);
  // Array.prototype.sort is stable, so entries keep their declaration order inside a group.
  return entries.sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group));
}

function groupOrderOf(entries: GalleryEntry[]): string[] {
  const known: string[] = [...galleryGroupOrder];
  const unknown = [...new Set(entries.map((entry) => entry.group))].filter((group) => !known.includes(group));
  // Unknown groups go before "Failures" so the failure variants always close the list.
  return [...known.slice(0, -1), ...unknown, FAILURES_GROUP];
}
