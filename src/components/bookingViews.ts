// The views after a time is chosen, as one chunk loaded on demand (see lazyBookingViews.ts).
export { BookingStep } from './BookingStep';
export { Confirmation } from './Confirmation';
