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
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  write(line(header));
  write(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) write(line(row));
}
