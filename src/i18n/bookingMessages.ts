/** Strings of the booking part: form, consent, submit, failures, confirmation. */
export interface BookingMessages {
  /** The submit button. */
  bookMeeting: string;
}

export const defaultBookingMessages: BookingMessages = {
  bookMeeting: 'Book meeting',
};
