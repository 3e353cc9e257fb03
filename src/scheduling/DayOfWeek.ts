/** A day of the week as `Date.prototype.getDay()` numbers it: 0 = Sunday … 6 = Saturday. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;
