import { compareKeys } from './compareKeys';
import { monthKeyOfDate } from './monthKeyOfDate';

/** What decides which day of a month grid is in the tab order. */
export interface FocusableDateInput {
  /** `yyyy-MM` shown. */
  month: string;
  /**
   * The day last focused.
   * @defaultValue none
   */
  focused?: string;
  /**
   * The selected day.
   * @defaultValue none
   */
  selected?: string;
  /** Days with times. */
  available: Iterable<string>;
  /** Today, `yyyy-MM-dd`. */
  today: string;
}

/**
 * The one day of `month` in the tab order (roving tabindex): the one last focused, else the
 * selected one, else the first with times, else today, else the 1st; each only if in the month.
 */
export function focusableDate({ month, focused, selected, available, today }: FocusableDateInput): string {
  const inMonth = (date: string | undefined): date is string => date !== undefined && monthKeyOfDate(date) === month;
  const firstAvailable = [...available].filter(inMonth).sort(compareKeys)[0];
  return [focused, selected, firstAvailable, today].find(inMonth) ?? `${month}-01`;
}
