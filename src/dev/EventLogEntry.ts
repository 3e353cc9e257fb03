/** One fired callback (or embed DOM event) as the event log shows it. */
export interface EventLogEntry {
  /** Increasing, unique within a page load; the React key. */
  id: number;
  /** Epoch ms when it fired. */
  at: number;
  /** The callback name (`onSlotSelect`) or the DOM event type (`meeting-scheduler:booked`). */
  name: string;
  /** JSON-safe copy of the payload (see toLoggablePayload). */
  payload: unknown;
}
