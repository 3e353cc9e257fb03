import type { TimingSummary } from './summarizeTimes';

/** Browser timings are milliseconds of a page, so one decimal is all the precision there is. */
const ms = (value: number): string => value.toFixed(1);

/** Prints browser timings as an aligned plain-text table, in the style of the pure cases' table. */
export function printTimingTable(rows: readonly TimingSummary[], write: (line: string) => void = console.log): void {
  const header = ['task', 'median ms', 'p95 ms', 'min ms', 'max ms', 'runs'];
  const body = rows.map((r) => [r.name, ms(r.medianMs), ms(r.p95Ms), ms(r.minMs), ms(r.maxMs), String(r.runs)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  write(line(header));
  write(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) write(line(row));
}
