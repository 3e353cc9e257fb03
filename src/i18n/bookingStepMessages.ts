/**
 * The booking strings the first load needs: the booking step's failure view names the step and
 * offers the way back even when the form's chunk could not load, so these cannot travel with it.
 */
export interface BookingStepMessages {
  /** Heading of the booking step. */
  bookingStepHeading: string;
  /** The button that goes back to the calendar. */
  changeSlot: string;
  /** Accessible name of that button (says what it changes). */
  changeSlotLabel: string;
}

/** English defaults of the booking step's own strings. */
export const defaultBookingStepMessages: BookingStepMessages = {
  bookingStepHeading: 'Enter your details',
  changeSlot: 'Change',
  changeSlotLabel: 'Change the selected time',
};
