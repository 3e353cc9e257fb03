import type { WireStartTimeIncrement } from '../../api/wireTypes';

const minutesByWord: Readonly<Record<Exclude<WireStartTimeIncrement, 'MEETING_DURATION'>, number>> = {
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

/** The step between candidate start times, in ms, for one meeting length. */
export function incrementMs(word: WireStartTimeIncrement, durationMs: number): number {
  if (word === 'MEETING_DURATION') return durationMs;
  return minutesByWord[word] * 60_000;
}
