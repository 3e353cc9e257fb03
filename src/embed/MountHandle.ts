import type { MeetingSchedulerProps } from '../components/MeetingSchedulerProps';

/** What `mount()` returns: the one widget instance it rendered. */
export interface MountHandle {
  /**
   * Re-renders with these props merged over the current ones (pass `undefined` to clear one).
   * Does nothing after `unmount()`.
   */
  update(props: Partial<MeetingSchedulerProps>): void;
  /** Removes the widget and its listeners; safe to call more than once. */
  unmount(): void;
}
