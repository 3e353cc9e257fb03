/**
 * A meeting length for tabs and summaries, in the English of DESIGN §4: '15 min', '1 hr',
 * '1 hr 30 min', '2 hr'. Rounded to whole minutes; '' for a value that is not a length (negative,
 * NaN), which the parser never lets through but a host's override might.
 */
export function formatDurationLabel(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  const total = Math.round(ms / 60_000);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} hr` : `${hours} hr ${minutes} min`;
}
