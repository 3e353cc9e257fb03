/** One message for the shared polite live region; `id` tells two equal texts apart. */
export interface Announcement {
  /** What screen readers read. */
  text: string;
  /** Grows with each announcement, so the same text said twice is read twice. */
  id: number;
}
