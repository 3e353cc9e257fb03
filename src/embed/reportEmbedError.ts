import { dispatchSchedulerEvent } from './dispatchSchedulerEvent';
import { toEmbedErrorDetail } from './toEmbedErrorDetail';

/** Hosts that already logged: one console line per widget, however often it fails. */
const loggedHosts = new WeakSet<EventTarget>();

/**
 * Reports a failure of the embed itself (not an API error, which the widget shows): a
 * `meeting-scheduler:error` event on the host and a single console.error, never a throw, because
 * the page around the widget must keep working.
 */
export function reportEmbedError(host: EventTarget, error: unknown): void {
  try {
    dispatchSchedulerEvent(host, 'error', toEmbedErrorDetail(error));
  } catch {
    // A host without dispatchEvent: the console line below is all that is left.
  }
  if (loggedHosts.has(host)) return;
  loggedHosts.add(host);
  console.error('[meeting-scheduler]', error);
}
