/** One benchmark's timings. */
export interface Measurement {
  name: string;
  samples: number;
  /** Operations per second, from the mean. */
  opsPerSecond: number;
  meanMs: number;
  p95Ms: number;
}

/** A case: `setup` runs untimed before each call of `run` (fresh inputs when a cache would flatter). */
export interface BenchCase<T = unknown> {
  name: string;
  setup?: () => T;
  run: (input: T) => unknown;
}

export interface MeasureOptions {
  /** Untimed calls first, so the JIT and Intl caches are warm. */
  warmup?: number;
  minSamples?: number;
  maxSamples?: number;
  /** Stop sampling after this long once `minSamples` are in. */
  budgetMs?: number;
}

// Results go here so the engine cannot drop a call whose value is never used.
export let sink: unknown;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** Times a case with a plain loop and performance.now (no dependency), tinybench-style. */
export function measure<T>(bench: BenchCase<T>, options: MeasureOptions = {}): Measurement {
  const { warmup = 3, minSamples = 10, maxSamples = 200, budgetMs = 1500 } = options;
  const setup = bench.setup ?? ((): T => undefined as T);
  for (let i = 0; i < warmup; i++) sink = bench.run(setup());
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxSamples && (times.length < minSamples || performance.now() - started < budgetMs)) {
    const input = setup();
    const t0 = performance.now();
    sink = bench.run(input);
    times.push(performance.now() - t0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const meanMs = times.reduce((sum, t) => sum + t, 0) / times.length;
  return { name: bench.name, samples: times.length, opsPerSecond: 1000 / meanMs, meanMs, p95Ms: percentile(sorted, 95) };
}
