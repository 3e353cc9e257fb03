import { defaultBookingMessages } from './bookingMessages';
import type { CatalogMessages } from './FlowMessages';
import type { Messages } from './Messages';

const completed = new WeakMap<CatalogMessages, Messages>();

/**
 * A flow catalog made complete: the English booking strings under whatever it (or the host's
 * overrides) already says. Cached per object, so a memoized catalog stays one object to React.
 */
export function withBookingMessages(messages: CatalogMessages): Messages {
  let complete = completed.get(messages);
  if (!complete) {
    complete = { ...defaultBookingMessages, ...messages };
    completed.set(messages, complete);
  }
  return complete;
}
