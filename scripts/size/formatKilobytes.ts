/** `21.50 kB` (1 kB = 1000 bytes, as the budgets are written). */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}
