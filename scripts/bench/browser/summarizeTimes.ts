/** Wall-clock timings of one browser case, in milliseconds. */
export interface TimingSummary {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

/**
 * Median, p95 (nearest rank, as the pure cases use), min and max of `times`. The median rather
 * than the mean leads: a page load now and then waits on the OS scheduler, and one such run
 * should not move the headline number.
 */
export function summarizeTimes(name: string, times: readonly number[]): TimingSummary {
  if (times.length === 0) throw new Error(`${name}: no timings to summarize`);
  const sorted = [...times].sort((a, b) => a - b);
  const at = (index: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, index))] as number;
  const middle = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  return {
    name,
    runs: sorted.length,
    medianMs,
    p95Ms: at(Math.ceil(0.95 * sorted.length) - 1),
    minMs: at(0),
    maxMs: at(sorted.length - 1),
  };
}
