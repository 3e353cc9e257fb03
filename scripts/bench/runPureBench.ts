import { timeOnce, type PureSection } from './cases';
import type { Goal } from './goals';
import { interleave } from './interleave';
import { summarizeTimes } from './summarizeTimes';
import type { TimingRow } from './formatTimingTable';

export interface PureBenchResult {
  sections: { title: string; rows: TimingRow[] }[];
  goals: Goal[];
}

const ROUNDS = 25;
const WARMUP_ROUNDS = 3;

/**
 * Times each section's cases interleaved with its baseline (25 rounds after 3 warm-up rounds) and
 * checks the figures for groupSlotsByDay on sorted input: at least 10x the plain Intl
 * pass, under 10 ms.
 */
export async function runPureBench(sections: readonly PureSection[], progress: () => void = () => {}): Promise<PureBenchResult> {
  const result: PureBenchResult = { sections: [], goals: [] };
  for (const section of sections) {
    const all = [section.baseline, ...section.cases];
    const times = await interleave(all.map((bench) => () => timeOnce(bench)), ROUNDS, WARMUP_ROUNDS, progress);
    const summaries = all.map((bench, i) => summarizeTimes(bench.name, times[i] as number[]));
    const baseline = summaries[0];
    const rows: TimingRow[] = summaries.map((summary, i) => (i === 0 ? { summary } : { summary, baseline }));
    result.sections.push({ title: section.title, rows });
    const sorted = rows.find((row) => row.summary.name.startsWith('groupSlotsByDay sorted (as parsed)'));
    if (sorted && baseline) {
      result.goals.push(
        { name: `${sorted.summary.name}: speed-up over the Intl pass`, value: baseline.medianMs / sorted.summary.medianMs, unit: 'x', bound: { min: 10 } },
        { name: `${sorted.summary.name}: median`, value: sorted.summary.medianMs, unit: 'ms', bound: { max: 10 } },
      );
    }
  }
  return result;
}
