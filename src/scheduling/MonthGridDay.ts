/** One cell of a month grid. */
export interface MonthGridDay {
  /** Date key `yyyy-MM-dd`. */
  date: string;
  /** False for the leading/trailing days of the neighbouring months that fill the first and last week. */
  inMonth: boolean;
}
