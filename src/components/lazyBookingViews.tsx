import { MeetingsApiError } from '../api/MeetingsApiError';
import type { CatalogMessages } from '../i18n/FlowMessages';
import type { ConfirmationProps } from './Confirmation';
import type { FlowBookingStepProps } from './FlowBookingStep';

type BookingViews = typeof import('./bookingViews');

let views: BookingViews | undefined;
let loading: Promise<BookingViews> | undefined;
let renderFailure: MeetingsApiError | undefined;

/**
 * Starts loading the form and confirmation chunk, once. Browsing is what every visitor does first
 * and most never book, so those views stay out of the first load; the flow calls this as soon as
 * the calendar is on screen, which in practice has the chunk in before a time is picked, and again
 * when a time is picked. A failed load is forgotten, so the next call fetches again.
 */
export function preloadBookingViews(): Promise<BookingViews> {
  renderFailure = undefined;
  loading ??= import('./bookingViews').then(
    (loaded) => (views = loaded),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The loaded views, or a suspension until they are. Not React.lazy: it keeps a failed import for
 * good, so after a dropped connection the form could never open again without a page reload. Here
 * a failure reaches the step's boundary (as a network error) until the next preload, which its
 * "Try again" makes, as does picking a time again.
 */
function readBookingViews(): BookingViews {
  if (views) return views;
  if (renderFailure) throw renderFailure;
  // Suspense waits for a thrown promise, then renders again.
  throw preloadBookingViews().catch((error: unknown) => {
    renderFailure = new MeetingsApiError({ kind: 'network', message: 'The booking form could not be loaded.', cause: error });
  });
}

/** {@link FlowBookingStep}, loaded on first use. */
export function LazyBookingStep(props: FlowBookingStepProps) {
  const { FlowBookingStep } = readBookingViews();
  return <FlowBookingStep {...props} />;
}

/** {@link Confirmation}, loaded on first use. */
export function LazyConfirmation({ messages, ...props }: Omit<ConfirmationProps, 'messages'> & { messages: CatalogMessages }) {
  const { Confirmation, withBookingMessages } = readBookingViews();
  return <Confirmation {...props} messages={withBookingMessages(messages)} />;
}
