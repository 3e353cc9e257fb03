import type { StartTimeIncrement } from '../api/types';

const MINUTES: Record<Exclude<StartTimeIncrement, 'MEETING_DURATION'>, number> = {
  FIVE: 5,
  TEN: 10,
  FIFTEEN: 15,
  TWENTY: 20,
  THIRTY: 30,
  FORTY_FIVE: 45,
  SIXTY: 60,
  NINETY: 90,
  ONE_HUNDRED_TWENTY: 120,
};

/**
 * Minutes between possible start times. `MEETING_DURATION` means back-to-back meetings, i.e. the
 * duration itself (in whole minutes, at least 1). A word the API adds later falls back to the
 * duration too, the most conservative spacing.
 */
export function incrementMinutes(increment: StartTimeIncrement, durationMs: number): number {
  // hasOwn: an odd word such as "constructor" must not reach Object.prototype.
  if (Object.hasOwn(MINUTES, increment)) return MINUTES[increment as keyof typeof MINUTES];
  const minutes = Math.round(durationMs / 60_000);
  return Number.isFinite(minutes) && minutes >= 1 ? minutes : 1;
}
