/** The largest distance from the epoch, in ms, that a `Date` can hold (ECMA-262 §21.4.1.22). */
export const MAX_DATE_MS = 8.64e15;

/** Whether `ms` is a whole instant a `Date` can hold: anything else makes date code throw RangeError. */
export function isDateInstant(ms: number): boolean {
  return Number.isInteger(ms) && Math.abs(ms) <= MAX_DATE_MS;
}
