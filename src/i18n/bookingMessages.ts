import { optionalPlural } from './grammar/optionalPlural';
import { plural } from './grammar/plural';
import { defaultBookingStepMessages, type BookingStepMessages } from './bookingStepMessages';

/** Strings of the booking part: form, consent, submit, failures, confirmation. */
export interface BookingMessages extends BookingStepMessages {
  /** The submit button. */
  bookMeeting: string;
  /** The submit button while the request is out. */
  bookingInProgress: string;
  /** Accessible name of the chosen-slot summary. */
  slotSummaryLabel: string;
  /** Label of the first name input. */
  firstNameLabel: string;
  /** Label of the last name input. */
  lastNameLabel: string;
  /** Label of the email input. */
  emailLabel: string;
  /** Shown after the label of a required field (also conveyed by `aria-required`). */
  requiredMarker: string;
  /** Read-only prefilled field hint. */
  lockedHint: string;
  /** Placeholder option of a select. */
  selectPlaceholder: string;
  /** Legend of the guest list. */
  guestsHeading: string;
  /** Under the guest legend: how many guests the link accepts. */
  guestsHint: (maxGuestCount: number) => string;
  /** Label of one guest input, by position from 1. */
  guestEmailLabel: (position: number) => string;
  /** Adds a guest row. */
  addGuest: string;
  /** Removes the guest row at a position from 1. */
  removeGuest: (position: number) => string;
  /** Announced once a guest row was added (focus is then on its field). */
  guestAdded: string;
  /** Announced once a guest row was removed. */
  guestRemoved: string;
  /** Legend of the consent section. */
  consentHeading: string;
  /** Fallback label of the processing consent checkbox when the link gives none. */
  processingConsentFallbackLabel: string;
  /** A required field left empty, named by its label. */
  errorRequired: (label: string) => string;
  /** The visitor email does not look like one. */
  errorEmailFormat: string;
  /** A guest email does not look like one. */
  errorGuestEmailFormat: (position: number) => string;
  /** A guest email appears twice. */
  errorGuestDuplicate: (position: number) => string;
  /** A guest email is the visitor's own. */
  errorGuestIsVisitor: (position: number) => string;
  /** More guests than the link accepts. */
  errorTooManyGuests: (maxGuestCount: number) => string;
  /** A number field holds something else. */
  errorNumber: (label: string) => string;
  /** A date field holds something else. */
  errorDate: (label: string) => string;
  /** A required box left unticked, named by its label (plain text). */
  errorTickRequired: (label: string) => string;
  /** Heading of the error summary above the form. */
  errorSummaryHeading: (count: number) => string;
  /** The book call could not reach the service. */
  failureNetwork: string;
  /** The browser is offline: nothing was sent, and nothing will be sent without a click. */
  failureOffline: string;
  /** The book call got no answer in time (the outcome is unknown). */
  failureTimeout: string;
  /** Too many calls; the wait in seconds when the service said. */
  failureRateLimited: (retryAfterSeconds: number | undefined) => string;
  /** The service failed (5xx). */
  failureServer: string;
  /** The human check (Turnstile, hCaptcha…) did not pass or could not be read. */
  failureVerification: string;
  /** The service refused the booking; its own message. */
  failureRejected: (serverMessage: string) => string;
  /** The scheduling page is gone. */
  failureNotFound: string;
  /** The answer could not be read (the outcome is unknown). */
  failureInvalidResponse: string;
  /** Sends the same form again after a failure. */
  retryBooking: string;
  /** Confirmation heading when a calendar event was created. */
  bookedHeading: string;
  /** Confirmation heading of an offline booking (no calendar event). */
  requestedHeading: string;
  /** Under the heading when a calendar event was created. */
  bookedNotice: string;
  /** Under the heading of an offline booking; must not promise an invitation. */
  offlineNotice: string;
  /** Term before the meeting's date. */
  confirmationDateLabel: string;
  /** Term before the meeting's time range. */
  confirmationTimeLabel: string;
  /** Term before the meeting's time zone name. */
  confirmationTimeZoneLabel: string;
  /** Term before the meeting's length. */
  confirmationDurationLabel: string;
  /** Term before the meeting's subject. */
  confirmationSubjectLabel: string;
  /** Term before the meeting's location. */
  confirmationLocationLabel: string;
  /** Term before the meeting's video call link. */
  confirmationJoinLabel: string;
  /** Text of the video call link. */
  confirmationJoinLink: string;
  /** Term before the meeting's organizer. */
  confirmationOrganizerLabel: string;
  /** Term before the meeting's guest list. */
  confirmationGuestsLabel: string;
  /** Heading of the add-to-calendar links. */
  addToCalendarHeading: string;
  /** The calendar entry's title when the booking answer has no subject. */
  meetingTitle: (organizerName: string | undefined) => string;
  /** Said after links that open a new tab. */
  opensInNewTab: string;
  /** The .ics download link. */
  downloadIcs: string;
  /** The Google Calendar link. */
  googleCalendar: string;
  /** The Outlook.com link. */
  outlookCalendar: string;
  /** Shown (with a link) while the widget is about to follow the link's `redirectUrl`. */
  redirectNotice: string;
  /** The link that follows the redirect at once. */
  redirectLink: string;
  /** Under the confirmation heading: where the calendar invitation went. */
  invitationSentTo: (email: string) => string;
  /** Under the confirmation heading when the answer names no email. */
  invitationSent: string;
  /** Heading of what happens after booking. */
  nextStepsHeading: string;
}

/** English defaults of the booking strings. */
export const defaultBookingMessages: BookingMessages = {
  ...defaultBookingStepMessages,
  bookMeeting: 'Book meeting',
  bookingInProgress: 'Booking…',
  slotSummaryLabel: 'Selected time',
  firstNameLabel: 'First name',
  lastNameLabel: 'Last name',
  emailLabel: 'Email',
  requiredMarker: '(required)',
  lockedHint: 'Provided by the page; cannot be changed here.',
  selectPlaceholder: 'Select…',
  guestsHeading: 'Guests',
  guestsHint: plural('en', { one: 'You can invite up to # guest.', other: 'You can invite up to # guests.' }),
  guestEmailLabel: (position) => `Guest ${position} email`,
  addGuest: 'Add guest',
  removeGuest: (position) => `Remove guest ${position}`,
  guestAdded: 'Guest added',
  guestRemoved: 'Guest removed',
  consentHeading: 'Consent',
  processingConsentFallbackLabel: 'I agree to allow the organizer to store and process my personal data.',
  // A label that is a question reads badly as a subject ('What…? is required.').
  errorRequired: (label) => (label.trim().endsWith('?') ? `Answer “${label.trim()}”.` : `${label} is required.`),
  errorEmailFormat: 'Enter an email address like name@example.com.',
  errorGuestEmailFormat: (position) => `Guest ${position}: enter an email address like name@example.com.`,
  errorGuestDuplicate: (position) => `Guest ${position} is already on the list.`,
  errorGuestIsVisitor: (position) => `Guest ${position} is your own email; you are already invited.`,
  errorTooManyGuests: plural('en', { one: 'You can invite at most # guest.', other: 'You can invite at most # guests.' }),
  errorNumber: (label) => `${label} must be a number.`,
  errorDate: (label) => `${label} must be a date like 2025-01-31.`,
  errorTickRequired: (label) => `Tick “${label.replace(/[.:]+$/, '')}” to continue.`,
  errorSummaryHeading: plural('en', { one: '# field needs attention', other: '# fields need attention' }),
  failureNetwork: 'The booking service could not be reached, so the meeting was not booked. Check your connection and try again.',
  failureOffline: "You're offline: we'll keep your details. Nothing was sent; press Book meeting again once you're back online.",
  failureTimeout:
    'The booking service took too long to answer, so it is not known whether the meeting was booked. Check your email for a confirmation before trying again.',
  failureRateLimited: optionalPlural(
    'Too many attempts in a short time. Please wait a moment and try again.',
    plural('en', {
      one: 'Too many attempts in a short time. Please wait # second and try again.',
      other: 'Too many attempts in a short time. Please wait # seconds and try again.',
    }),
  ),
  failureServer: 'Something went wrong on the booking service, so the meeting was not booked. Please try again.',
  failureVerification: 'The check that you are not a robot did not pass, so the meeting was not booked. Complete the check again, then book.',
  failureRejected: (message) => `The booking was not accepted: ${message}`,
  failureNotFound: 'This scheduling page no longer exists, so the meeting could not be booked.',
  failureInvalidResponse:
    'The booking service sent an answer that could not be read, so it is not known whether the meeting was booked. Check your email for a confirmation before trying again.',
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
  invitationSentTo: (email) => `Invitation sent to ${email}`,
  invitationSent: 'A calendar invitation is on its way.',
  nextStepsHeading: 'What happens next',
};
