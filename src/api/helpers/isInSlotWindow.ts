/** 1970-01-01T00:00:00Z: no calendar the API serves has times before the epoch. */
export const SLOT_WINDOW_START = 0;
/** 2200-01-01T00:00:00Z: far beyond any `weeksToAdvertise`, well inside what dates can format. */
export const SLOT_WINDOW_END = Date.UTC(2200, 0, 1);

/**
 * Whether an interval lies in the window where free and busy times can make sense. The parser is
 * pure (no clock), so the window is fixed; the views then never meet a year they cannot format
 * or a `Date` out of range.
 */
export function isInSlotWindow(start: number, end: number): boolean {
  return start >= SLOT_WINDOW_START && end <= SLOT_WINDOW_END;
}
