import { embedAssetUrl } from './embedAssetUrl';
import { embedFiles } from './embedFiles';
import { loadScript } from './loadScript';
import { sharedModules } from './sharedModules';

type BookingViews = typeof import('../components/bookingViews');

let received: BookingViews | undefined;
let loading: Promise<BookingViews> | undefined;

/** Called by the booking-views file as it runs (src/embed/bookingViewsEntry.ts). */
export function receiveBookingViews(views: BookingViews): void {
  received = views;
}

/**
 * What the embed build puts in place of `import('./bookingViews')`: the form and confirmation
 * (about a sixth of the widget) stay out of the embed's first file and are fetched from beside
 * it, as a classic script like the embed itself, so no CORS is needed from its host. The flow
 * asks for them as soon as the calendar is on screen. A failed load can be retried later.
 */
export function bookingViewsBesideEmbed(): Promise<BookingViews> {
  loading ??= loadScript(embedAssetUrl(embedFiles.bookingViews), sharedModules()).then(() => {
    if (!received) throw new Error(`meeting-scheduler: ${embedFiles.bookingViews} did not hand over the booking views`);
    return received;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
