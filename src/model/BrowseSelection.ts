/**
 * What the visitor chose while browsing. Absent fields fall back to the opening month, its first
 * duration with times and the month's first day with times. Kept by the flow, so it survives the
 * trip to the booking form and back.
 */
export interface BrowseSelection {
  /**
   * Meeting length in ms.
   * @defaultValue the first duration with a free slot in the opening month
   */
  duration?: number;
  /**
   * `yyyy-MM` in the visitor's zone.
   * @defaultValue the first month with a free slot
   */
  month?: string;
  /**
   * `yyyy-MM-dd` in the visitor's zone.
   * @defaultValue the month's first day with a free slot
   */
  date?: string;
}
