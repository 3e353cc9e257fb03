import type { ImportGraph } from './readImportGraph';

/** `from` imports `to`, which its layer may not depend on. */
export interface LayerViolation {
  from: string;
  to: string;
}

/**
 * Imports that go against the layering: a file under one of `layers` (folders below `src/`) that
 * imports a file in a folder its layer lists as forbidden.
 */
export function findLayerViolations(graph: ImportGraph, forbidden: Record<string, readonly string[]>): LayerViolation[] {
  const layerOf = (file: string) => file.split('/')[1];
  const violations: LayerViolation[] = [];
  for (const [from, targets] of graph) {
    const banned = forbidden[layerOf(from) ?? ''] ?? [];
    for (const to of targets) {
      if (banned.includes(layerOf(to) ?? '')) violations.push({ from, to });
    }
  }
  return violations;
}
