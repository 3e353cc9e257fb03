/** Strings of the booking part: form, consent, submit, failures, confirmation. */
export interface BookingMessages {
  /** The submit button. */
  bookMeeting: string;
  /** The submit button while the request is out. */
  bookingInProgress: string;
  /** Heading of the booking step. */
  bookingStepHeading: string;
  /** Accessible name of the chosen-slot summary. */
  slotSummaryLabel: string;
  /** The button that goes back to the calendar. */
  changeSlot: string;
  /** Accessible name of that button (says what it changes). */
  changeSlotLabel: string;
  /** Labels of the built-in fields. */
  firstNameLabel: string;
  lastNameLabel: string;
  emailLabel: string;
  /** Shown after the label of a required field (also conveyed by `aria-required`). */
  requiredMarker: string;
  /** Read-only prefilled field hint. */
  lockedHint: string;
  /** Placeholder option of a select. */
  selectPlaceholder: string;
  /** Guests. */
  guestsHeading: string;
  guestsHint: (maxGuestCount: number) => string;
  guestEmailLabel: (position: number) => string;
  addGuest: string;
  removeGuest: (position: number) => string;
  /** Consent. */
  consentHeading: string;
  /** Fallback label of the processing consent checkbox when the link gives none. */
  processingConsentFallbackLabel: string;
  /** Client-side validation. */
  errorRequired: (label: string) => string;
  errorEmailFormat: string;
  errorGuestEmailFormat: (position: number) => string;
  errorGuestDuplicate: (position: number) => string;
  errorGuestIsVisitor: (position: number) => string;
  errorTooManyGuests: (maxGuestCount: number) => string;
  errorNumber: (label: string) => string;
  errorDate: (label: string) => string;
  /** A required box left unticked, named by its label (plain text). */
  errorTickRequired: (label: string) => string;
  /** Heading of the error summary above the form. */
  errorSummaryHeading: (count: number) => string;
  /** Failures of the book call. */
  failureNetwork: string;
  failureTimeout: string;
  failureRateLimited: (retryAfterSeconds: number | undefined) => string;
  failureServer: string;
  failureRejected: (serverMessage: string) => string;
  failureNotFound: string;
  failureInvalidResponse: string;
  retryBooking: string;
  /** Confirmation. */
  bookedHeading: string;
  requestedHeading: string;
  bookedNotice: string;
  offlineNotice: string;
  confirmationDateLabel: string;
  confirmationTimeLabel: string;
  confirmationTimeZoneLabel: string;
  confirmationDurationLabel: string;
  confirmationSubjectLabel: string;
  confirmationLocationLabel: string;
  confirmationJoinLabel: string;
  confirmationJoinLink: string;
  confirmationOrganizerLabel: string;
  confirmationGuestsLabel: string;
  addToCalendarHeading: string;
  /** The calendar entry's title when the booking answer has no subject. */
  meetingTitle: (organizerName: string | undefined) => string;
  /** Said after links that open a new tab. */
  opensInNewTab: string;
  downloadIcs: string;
  googleCalendar: string;
  outlookCalendar: string;
  /** Shown (with a link) while the widget is about to follow the link's `redirectUrl`. */
  redirectNotice: string;
  redirectLink: string;
}

export const defaultBookingMessages: BookingMessages = {
  bookMeeting: 'Book meeting',
  bookingInProgress: 'Booking…',
  bookingStepHeading: 'Enter your details',
  slotSummaryLabel: 'Selected time',
  changeSlot: 'Change',
  changeSlotLabel: 'Change the selected time',
  firstNameLabel: 'First name',
  lastNameLabel: 'Last name',
  emailLabel: 'Email',
  requiredMarker: '(required)',
  lockedHint: 'Provided by the page; cannot be changed here.',
  selectPlaceholder: 'Select…',
  guestsHeading: 'Guests',
  guestsHint: (max) => `You can invite up to ${max} ${max === 1 ? 'guest' : 'guests'}.`,
  guestEmailLabel: (position) => `Guest ${position} email`,
  addGuest: 'Add guest',
  removeGuest: (position) => `Remove guest ${position}`,
  consentHeading: 'Consent',
  processingConsentFallbackLabel: 'I agree to allow the organizer to store and process my personal data.',
  // A label that is a question reads badly as a subject ('What…? is required.').
  errorRequired: (label) => (label.trim().endsWith('?') ? `Answer “${label.trim()}”.` : `${label} is required.`),
  errorEmailFormat: 'Enter an email address like name@example.com.',
  errorGuestEmailFormat: (position) => `Guest ${position}: enter an email address like name@example.com.`,
  errorGuestDuplicate: (position) => `Guest ${position} is already on the list.`,
  errorGuestIsVisitor: (position) => `Guest ${position} is your own email; you are already invited.`,
  errorTooManyGuests: (max) => `You can invite at most ${max} ${max === 1 ? 'guest' : 'guests'}.`,
  errorNumber: (label) => `${label} must be a number.`,
  errorDate: (label) => `${label} must be a date like 2025-01-31.`,
  errorTickRequired: (label) => `Tick “${label.replace(/[.:]+$/, '')}” to continue.`,
  errorSummaryHeading: (count) => (count === 1 ? 'There is a problem' : `There are ${count} problems`),
  failureNetwork: 'The booking service could not be reached, so the meeting was not booked. Check your connection and try again.',
  failureTimeout:
    'The booking service took too long to answer. The meeting may not have been booked: check your email for an invitation before trying again.',
  failureRateLimited: (seconds) =>
    seconds === undefined
      ? 'Too many attempts in a short time. Please wait a moment and try again.'
      : `Too many attempts in a short time. Please wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and try again.`,
  failureServer: 'Something went wrong on the booking service, so the meeting was not booked. Please try again.',
  failureRejected: (message) => `The booking was not accepted: ${message}`,
  failureNotFound: 'This scheduling page no longer exists, so the meeting could not be booked.',
  failureInvalidResponse:
    'The booking service sent an answer that could not be read. The meeting may have been booked: check your email before trying again.',
  retryBooking: 'Try again',
  bookedHeading: 'Meeting booked',
  requestedHeading: 'Meeting requested',
  bookedNotice: 'A calendar invitation has been created for this meeting.',
  offlineNotice: 'No calendar invitation was created. The organizer has been notified and will follow up with you.',
  confirmationDateLabel: 'Date',
  confirmationTimeLabel: 'Time',
  confirmationTimeZoneLabel: 'Time zone',
  confirmationDurationLabel: 'Duration',
  confirmationSubjectLabel: 'Subject',
  confirmationLocationLabel: 'Location',
  confirmationJoinLabel: 'Video call',
  confirmationJoinLink: 'Join the meeting',
  confirmationOrganizerLabel: 'Organizer',
  confirmationGuestsLabel: 'Guests',
  addToCalendarHeading: 'Add to calendar',
  meetingTitle: (organizer) => (organizer ? `Meeting with ${organizer}` : 'Meeting'),
  opensInNewTab: '(opens in a new tab)',
  downloadIcs: 'Download .ics file',
  googleCalendar: 'Google Calendar',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Taking you to the next page…',
  redirectLink: 'Continue now',
};
