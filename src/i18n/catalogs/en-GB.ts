// British English: the built-in English with British spelling and usage, and plural rules of en-GB.
import { dayLabel } from '../grammar/dayLabel';
import { optionalPlural } from '../grammar/optionalPlural';
import { plural } from '../grammar/plural';
import { defaultMessages, type Messages } from '../Messages';

const locale = 'en-GB';

export default {
  ...defaultMessages,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# time available', other: '# times available' }),
    none: 'no availability',
    selected: 'selected',
  }),
  pageNotFoundDescription: 'Check the link, or ask the organiser for a new one.',
  timeZoneMatches: plural(locale, { one: '# time zone', other: '# time zones' }),
  guestsHint: plural(locale, { one: 'You can invite up to # guest.', other: 'You can invite up to # guests.' }),
  processingConsentFallbackLabel: 'I agree to allow the organiser to store and process my personal data.',
  errorTooManyGuests: plural(locale, { one: 'You can invite at most # guest.', other: 'You can invite at most # guests.' }),
  errorSummaryHeading: plural(locale, { one: '# field needs attention', other: '# fields need attention' }),
  failureRateLimited: optionalPlural(
    'Too many attempts in a short time. Please wait a moment and try again.',
    plural(locale, {
      one: 'Too many attempts in a short time. Please wait # second and try again.',
      other: 'Too many attempts in a short time. Please wait # seconds and try again.',
    }),
  ),
  offlineNotice: 'No calendar invitation was created. The organiser has been notified and will follow up with you.',
  confirmationOrganizerLabel: 'Organiser',
} satisfies Messages;
