import type { Rolldown } from 'vite';

/**
 * react-query's modules start with `'use client'`; a bundle cannot keep per-module directives
 * and says so for each file. Expected for us (the library marks its own entry), so not shown.
 */
export function ignoreUseClientDirectives(
  warning: Rolldown.RollupLog,
  defaultHandler: (warning: Rolldown.RollupLog | string) => void,
): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
  defaultHandler(warning);
}
