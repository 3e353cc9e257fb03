import type { MeetingSchedulerProps } from '../components/MeetingSchedulerProps';
import { dispatchSchedulerEvent } from './dispatchSchedulerEvent';
import { toEmbedErrorDetail } from './toEmbedErrorDetail';

/** A page's callback that throws must not break the widget mid-flow: log it and go on. */
function callSafely<Payload>(callback: ((payload: Payload) => void) | undefined, payload: Payload): void {
  if (!callback) return;
  try {
    callback(payload);
  } catch (error) {
    console.error('[meeting-scheduler] a callback passed to mount() threw:', error);
  }
}

/**
 * The props rendered by the embed: the caller's props, with the four evented callbacks wrapped so
 * each also dispatches its DOM event on `host`. Other callbacks pass through unchanged.
 */
export function withEventDispatch(host: EventTarget, props: MeetingSchedulerProps): MeetingSchedulerProps {
  const { onReady, onSlotSelect, onBooked, onError } = props;
  return {
    ...props,
    onReady: (info) => {
      dispatchSchedulerEvent(host, 'ready', info);
      callSafely(onReady, info);
    },
    onSlotSelect: (slot) => {
      dispatchSchedulerEvent(host, 'slot-select', slot);
      callSafely(onSlotSelect, slot);
    },
    onBooked: (result) => {
      dispatchSchedulerEvent(host, 'booked', result);
      callSafely(onBooked, result);
    },
    onError: (error) => {
      dispatchSchedulerEvent(host, 'error', toEmbedErrorDetail(error));
      callSafely(onError, error);
    },
  };
}
