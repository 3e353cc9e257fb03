import { defaultBookingMessages, type BookingMessages } from './bookingMessages';
import { defaultBrowseMessages, type BrowseMessages } from './browseMessages';

/**
 * Every string the widget shows. Plain strings, or pure functions for strings that carry values
 * (in the spirit of react-day-picker's `labels`), so hosts can translate or reword any of them
 * through the `messages` prop.
 */
export type Messages = BrowseMessages & BookingMessages;

/** English defaults. */
export const defaultMessages: Messages = { ...defaultBrowseMessages, ...defaultBookingMessages };
