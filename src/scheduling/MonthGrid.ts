import type { MonthGridDay } from './MonthGridDay';

/** A month laid out as weeks (rows) of exactly 7 days, starting on the requested weekday. */
export type MonthGrid = MonthGridDay[][];
