import type { StartTimeIncrement } from '../types';
import { readEnum } from './readEnum';
import { readNumber } from './readNumber';

const INCREMENTS: readonly StartTimeIncrement[] = [
  'FIVE',
  'TEN',
  'FIFTEEN',
  'TWENTY',
  'THIRTY',
  'FORTY_FIVE',
  'SIXTY',
  'NINETY',
  'ONE_HUNDRED_TWENTY',
  'MEETING_DURATION',
];

const BY_MINUTES: Readonly<Record<number, StartTimeIncrement>> = {
  5: 'FIVE',
  10: 'TEN',
  15: 'FIFTEEN',
  20: 'TWENTY',
  30: 'THIRTY',
  45: 'FORTY_FIVE',
  60: 'SIXTY',
  90: 'NINETY',
  120: 'ONE_HUNDRED_TWENTY',
};

/**
 * The start-time increment word. A number of minutes that has a word is accepted too. Anything
 * else reads as `FIFTEEN`, HubSpot's default for a new link: the server computes the slots, so
 * the value only informs views, and a wrong guess there costs nothing.
 */
export function parseStartTimeIncrement(value: unknown): StartTimeIncrement {
  const word = readEnum(value, INCREMENTS);
  if (word !== undefined) return word;
  const minutes = readNumber(value);
  return (minutes !== undefined ? BY_MINUTES[minutes] : undefined) ?? 'FIFTEEN';
}
