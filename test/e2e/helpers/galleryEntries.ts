import { buildGalleryEntries } from '../../../src/dev/buildGalleryEntries';
import { failureVariants, scenarios, type MockFault } from '../../../src/mock';
import type { WidgetState } from './galleryDriver';

/** The gallery's sidebar entries (scenarios, then failure variants), as the gallery builds them. */
export const entries = buildGalleryEntries(scenarios, failureVariants);

/** The faults a failure variant injects (none for a plain scenario). */
export const variantFaults = (id: string): readonly MockFault[] =>
  Object.values(failureVariants).find((variant) => variant.id === id)?.faults ?? [];

/** The state each entry settles in; everything not listed shows the calendar. */
export const settledState: Record<string, WidgetState> = {
  'no-availability': 'empty',
  'not-found': 'error',
  'server-error-on-load': 'error',
};

/** `#scenario=...` with the visitor pinned to New York, so nothing depends on the machine's zone. */
export function hashFor(id: string, extra = ''): string {
  return `#scenario=${id}&tz=America/New_York${extra}`;
}

export function titleOf(id: string): string {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no gallery entry ${id}`);
  return entry.title;
}
