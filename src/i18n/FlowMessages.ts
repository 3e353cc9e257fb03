import type { BookingMessages } from './bookingMessages';
import { defaultBookingStepMessages, type BookingStepMessages } from './bookingStepMessages';
import { defaultBrowseMessages, type BrowseMessages } from './browseMessages';

/** What the widget shows up to a chosen time, and the booking step's failure view. */
export type FlowMessages = BrowseMessages & BookingStepMessages;

/**
 * A catalog as the flow holds it. Translated catalogs are complete; the built-in English one
 * leaves the form's and confirmation's strings to their own chunk (most visitors never book),
 * which completes it with `withBookingMessages`.
 */
export type CatalogMessages = FlowMessages & Partial<BookingMessages>;

/** The built-in English of the first load. */
export const defaultFlowMessages: FlowMessages = { ...defaultBrowseMessages, ...defaultBookingStepMessages };
