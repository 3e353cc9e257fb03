import { lazy } from 'react';

type BookingViews = typeof import('./bookingViews');

let loading: Promise<BookingViews> | undefined;

/**
 * Starts loading the form and confirmation chunk, once. Browsing is what every visitor does first
 * and most never book, so those views stay out of the first load; the flow calls this as soon as
 * the calendar is on screen, which in practice has the chunk in before a time is picked. A failed
 * load is forgotten so the next attempt (the error view's retry) fetches again.
 */
export function preloadBookingViews(): Promise<BookingViews> {
  loading ??= import('./bookingViews').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export const LazyBookingStep = /* @__PURE__ */ lazy(() =>
  preloadBookingViews().then((views) => ({ default: views.BookingStep })),
);

export const LazyConfirmation = /* @__PURE__ */ lazy(() =>
  preloadBookingViews().then((views) => ({ default: views.Confirmation })),
);
