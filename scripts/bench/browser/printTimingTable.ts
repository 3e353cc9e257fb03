import { formatTextTable } from '../formatTextTable';
import type { TimingSummary } from './summarizeTimes';

/** Browser timings are milliseconds of a page, so one decimal is all the precision there is. */
const ms = (value: number): string => value.toFixed(1);

/** Prints browser timings as an aligned plain-text table, in the style of the pure cases' table. */
export function printTimingTable(rows: readonly TimingSummary[], write: (line: string) => void = console.log): void {
  const header = ['task', 'median ms', 'p95 ms', 'min ms', 'max ms', 'runs'];
  const body = rows.map((r) => [r.name, ms(r.medianMs), ms(r.p95Ms), ms(r.minMs), ms(r.maxMs), String(r.runs)]);
  for (const line of formatTextTable(header, body)) write(line);
}
