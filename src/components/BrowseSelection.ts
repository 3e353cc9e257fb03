/**
 * What the visitor chose while browsing. Absent fields fall back to the opening month, its first
 * duration with times and the month's first day with times. Kept by the root, so it survives the
 * trip to the booking form and back.
 */
export interface BrowseSelection {
  /** Meeting length in ms. */
  duration?: number;
  /** `yyyy-MM` in the visitor's zone. */
  month?: string;
  /** `yyyy-MM-dd` in the visitor's zone. */
  date?: string;
}
