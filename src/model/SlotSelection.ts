/** A chosen time: the payload of `onSlotSelect` and the embed's `meeting-scheduler:slot-select` event. */
export interface SlotSelection {
  /** Start, epoch ms UTC. */
  start: number;
  /** End, epoch ms UTC. */
  end: number;
  /** Meeting length in milliseconds. */
  duration: number;
  /** The IANA zone the visitor sees times in. */
  timezone: string;
}
