import { formatTextTable } from './formatTextTable';
import type { Measurement } from './measure';

function formatNumber(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(4);
}

/** Prints measurements as an aligned plain-text table (task, ops/s, mean ms, p95 ms, samples). */
export function printTable(rows: Measurement[], write: (line: string) => void = console.log): void {
  const header = ['task', 'ops/s', 'mean ms', 'p95 ms', 'samples'];
  const body = rows.map((r) => [r.name, formatNumber(r.opsPerSecond), formatNumber(r.meanMs), formatNumber(r.p95Ms), String(r.samples)]);
  for (const line of formatTextTable(header, body)) write(line);
}
