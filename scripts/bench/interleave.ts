/**
 * Runs `cases` round-robin: each round calls every case once, starting one case later than the
 * round before, so a slow moment of the machine (or a warming JIT) falls on all cases alike rather
 * than on whichever ran last. Returns the timings per case index, warm-up rounds left out.
 */
export async function interleave(
  cases: readonly (() => number | Promise<number>)[],
  rounds: number,
  warmupRounds = 1,
  progress: () => void = () => {},
): Promise<number[][]> {
  const times: number[][] = cases.map(() => []);
  for (let round = 0; round < warmupRounds + rounds; round++) {
    for (let k = 0; k < cases.length; k++) {
      const index = (round + k) % cases.length;
      const elapsed = await (cases[index] as () => number | Promise<number>)();
      if (round >= warmupRounds) (times[index] as number[]).push(elapsed);
    }
    progress();
  }
  return times;
}
