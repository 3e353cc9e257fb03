/**
 * How a clock on the wall in `timeZone` reads at an instant, e.g. `Mon 13:00` (`weekday: 'short'`)
 * or `Monday 09:30`. Straight from Intl, independent of the scheduling helpers the tests check.
 */
export function wallClock(ms: number, timeZone: string, weekday: 'long' | 'short' = 'short'): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('weekday')} ${part('hour')}:${part('minute')}`;
}
