import { parseDateKey } from './parseDateKey';

/** The month key (`yyyy-MM`) of a date key (`yyyy-MM-dd`). */
export function monthKeyOfDate(dateKey: string): string {
  parseDateKey(dateKey);
  return dateKey.slice(0, 7);
}
