import { formatTextTable } from './formatTextTable';
import type { TimingSummary } from './summarizeTimes';

/** A timed case beside the baseline measured in the same run, as a ratio of medians. */
export interface TimingRow {
  summary: TimingSummary;
  /** The baseline's summary (the baseline's own row has none). */
  baseline?: TimingSummary;
}

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** The median ratio to the baseline ("1.00x" for the baseline itself). */
export function ratioOf(row: TimingRow): number {
  return row.baseline ? row.summary.medianMs / row.baseline.medianMs : 1;
}

/** Lines of the timing table: median, p25–p75, min–max, runs, and the ratio to the baseline. */
export function formatTimingTable(rows: readonly TimingRow[]): string[] {
  return formatTextTable(
    ['case', 'median ms', 'p25–p75 ms', 'min–max ms', 'runs', 'vs baseline'],
    rows.map((row) => {
      const s = row.summary;
      return [
        s.name,
        ms(s.medianMs),
        `${ms(s.p25Ms)}–${ms(s.p75Ms)}`,
        `${ms(s.minMs)}–${ms(s.maxMs)}`,
        String(s.runs),
        row.baseline ? `${ratioOf(row).toFixed(2)}x` : 'baseline',
      ];
    }),
  );
}
