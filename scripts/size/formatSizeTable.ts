import { formatKilobytes as kilobytes } from './formatKilobytes';
import type { SizeResult } from './SizeResult';

/** The plain-text table `npm run size` prints: file, raw, gzip, budget, status. */
export function formatSizeTable(results: SizeResult[]): string {
  const header = ['file', 'raw', 'gzip', 'budget', 'status'];
  const rows = results.map((result) => [
    `${result.budget.label} (${result.budget.file})`,
    kilobytes(result.size.rawBytes),
    kilobytes(result.size.gzipBytes),
    kilobytes(result.budget.maxGzipBytes),
    result.withinBudget ? 'ok' : `OVER by ${kilobytes(result.size.gzipBytes - result.budget.maxGzipBytes)}`,
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === 0 || column === 4 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
