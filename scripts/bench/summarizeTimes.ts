/** Timings of one case, in milliseconds: the median leads, with the middle half and the range. */
export interface TimingSummary {
  name: string;
  runs: number;
  medianMs: number;
  p25Ms: number;
  p75Ms: number;
  minMs: number;
  maxMs: number;
}

/** The `p`-th percentile of sorted values, interpolated between ranks (the median of an even count is the mean of the middle two). */
function percentile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  return low + ((sorted[above] as number) - low) * (position - below);
}

/**
 * Median, p25, p75, min and max of `times`. The median rather than the mean leads: on a shared
 * machine a run now and then waits on the OS scheduler, and one such run should not move it.
 */
export function summarizeTimes(name: string, times: readonly number[]): TimingSummary {
  if (times.length === 0) throw new Error(`${name}: no timings to summarize`);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    runs: sorted.length,
    medianMs: percentile(sorted, 0.5),
    p25Ms: percentile(sorted, 0.25),
    p75Ms: percentile(sorted, 0.75),
    minMs: sorted[0] as number,
    maxMs: sorted[sorted.length - 1] as number,
  };
}
