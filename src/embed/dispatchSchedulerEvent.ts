import type { MeetingSchedulerEventDetail, MeetingSchedulerEventName } from './MeetingSchedulerEventMap';

/**
 * Dispatches `meeting-scheduler:<name>` on the host element. Bubbling and composed so it leaves
 * the shadow root and reaches page-level listeners; not cancelable because nothing waits on it.
 */
export function dispatchSchedulerEvent<Name extends MeetingSchedulerEventName>(
  host: EventTarget,
  name: Name,
  detail: MeetingSchedulerEventDetail<Name>,
): void {
  host.dispatchEvent(new CustomEvent(`meeting-scheduler:${name}`, { detail, bubbles: true, composed: true }));
}
