// Danish (dansk). Informal "du", as Danish booking pages and business software use.
import { formatFullDate } from '../formatters/formatFullDate';
import { formatMonthYear } from '../formatters/formatMonthYear';
import { formatDuration } from '../formatters/formatDuration';
import { formatList } from '../formatters/formatList';
import { formatNumber } from '../formatters/formatNumber';
import { byErrorKind } from '../grammar/byErrorKind';
import { optionalPlural } from '../grammar/optionalPlural';
import { dayLabel } from '../grammar/dayLabel';
import { plural } from '../grammar/plural';
import type { Messages } from '../Messages';
import { formatWeekdayDayMonth } from '../formatters/formatWeekdayDayMonth';
import { timeZoneOptionText } from '../grammar/timeZoneOptionText';

const locale = 'da';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Book et møde',
  loading: 'Indlæser ledige tider…',
  durationLabel: duration,
  durationTabsLabel: 'Mødets varighed',
  singleDurationLabel: (ms) => `Varighed: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# ledig tid', other: '# ledige tider' }),
    none: 'ingen ledige tider',
    selected: 'valgt',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Forrige måned',
  nextMonth: 'Næste måned',
  loadingMonth: 'Indlæser tider…',
  noTimesThisMonth: 'Der er ingen ledige tider i denne måned.',
  pickADay: 'Vælg en dag for at se de ledige tider.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Tidszone',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Ingen matchende tidszone',
  timeZoneMatches: plural(locale, { one: '# tidszone', other: '# tidszoner' }),
  hourCycleLabel: 'Tidsformat',
  hourCycle12: '12 timer',
  hourCycle24: '24 timer',
  noTimesAvailable: 'Ingen ledige tider',
  noTimesAvailableDescription: 'Der er ingen ledige tider på denne bookingside lige nu. Kig forbi igen senere.',
  pageNotFound: 'Bookingsiden blev ikke fundet',
  pageNotFoundDescription: 'Tjek linket, eller bed arrangøren om et nyt.',
  loadFailed: 'De ledige tider kunne ikke indlæses',
  errorDescription: byErrorKind({
    offline: 'Du er offline. Tiderne indlæses, når du er online igen.',
    network: 'Vi kunne ikke få forbindelse til bookingtjenesten. Tjek din forbindelse, og prøv igen.',
    timeout: 'Bookingtjenesten var for længe om at svare. Prøv igen.',
    'rate-limited': 'Der er lige kommet for mange forespørgsler. Vent et øjeblik, og prøv igen.',
    server: 'Der opstod et problem hos bookingtjenesten. Prøv igen.',
    'invalid-response': 'Bookingtjenesten sendte et svar, vi ikke kunne læse. Prøv igen senere.',
    other: 'Der gik noget galt under indlæsningen af bookingsiden. Prøv igen.',
  }),
  unexpectedError: 'Der gik noget galt i bookingværktøjet. Genindlæs siden.',
  tryAgain: 'Prøv igen',
  slotTaken: 'Det tidspunkt er lige blevet booket. Vælg et andet.',
  dismiss: 'Luk',
  roundRobinMembers: (names) => `Du skal mødes med en af disse: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Du skal mødes med: ${formatList(names, locale)}`,
  locationLabel: 'Sted',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Book møde',
  bookingInProgress: 'Booker…',
  bookingStepHeading: 'Dine oplysninger',
  slotSummaryLabel: 'Valgt tidspunkt',
  changeSlot: 'Skift',
  changeSlotLabel: 'Skift det valgte tidspunkt',
  firstNameLabel: 'Fornavn',
  lastNameLabel: 'Efternavn',
  emailLabel: 'E-mail',
  requiredMarker: '(skal udfyldes)',
  lockedHint: 'Angivet af siden; kan ikke ændres her.',
  selectPlaceholder: 'Vælg…',
  guestsHeading: 'Gæster',
  guestsHint: plural(locale, { one: 'Du kan invitere op til # gæst.', other: 'Du kan invitere op til # gæster.' }),
  guestEmailLabel: (position) => `E-mail for gæst ${n(position)}`,
  addGuest: 'Tilføj gæst',
  removeGuest: (position) => `Fjern gæst ${n(position)}`,
  guestAdded: 'Gæst tilføjet',
  guestRemoved: 'Gæst fjernet',
  consentHeading: 'Samtykke',
  processingConsentFallbackLabel: 'Jeg giver arrangøren lov til at gemme og behandle mine personoplysninger.',
  errorRequired: (label) => (label.trim().endsWith('?') ? `Besvar »${label.trim()}«.` : `${label} skal udfyldes.`),
  errorEmailFormat: 'Angiv en e-mailadresse som name@example.com.',
  errorGuestEmailFormat: (position) => `Gæst ${n(position)}: Angiv en e-mailadresse som name@example.com.`,
  errorGuestDuplicate: (position) => `Gæst ${n(position)} er allerede på listen.`,
  errorGuestIsVisitor: (position) => `Gæst ${n(position)} er din egen e-mailadresse; du er allerede inviteret.`,
  errorTooManyGuests: plural(locale, { one: 'Du kan højst invitere # gæst.', other: 'Du kan højst invitere # gæster.' }),
  errorNumber: (label) => `${label} skal være et tal.`,
  errorDate: (label) => `${label} skal være en dato som 2025-01-31.`,
  errorTickRequired: (label) => `Markér »${label.replace(/[.:]+$/, '')}« for at fortsætte.`,
  errorSummaryHeading: plural(locale, { one: '# felt kræver opmærksomhed', other: '# felter kræver opmærksomhed' }),
  failureNetwork:
    'Der kunne ikke oprettes forbindelse til bookingtjenesten, så mødet blev ikke booket. Tjek din forbindelse, og prøv igen.',
  failureTimeout:
    'Bookingtjenesten var for længe om at svare, så det vides ikke, om mødet blev booket. Se efter en bekræftelse i din e-mail, før du prøver igen.',
  failureRateLimited: optionalPlural(
    'For mange forsøg på kort tid. Vent et øjeblik, og prøv igen.',
    plural(locale, {
      one: 'For mange forsøg på kort tid. Vent # sekund, og prøv igen.',
      other: 'For mange forsøg på kort tid. Vent # sekunder, og prøv igen.',
    }),
  ),
  failureServer: 'Der gik noget galt hos bookingtjenesten, så mødet blev ikke booket. Prøv igen.',
  failureRejected: (message) => `Bookingen blev ikke accepteret: ${message}`,
  failureNotFound: 'Bookingsiden findes ikke længere, så mødet kunne ikke bookes.',
  failureInvalidResponse:
    'Bookingtjenesten sendte et svar, der ikke kunne læses, så det vides ikke, om mødet blev booket. Se efter en bekræftelse i din e-mail, før du prøver igen.',
  retryBooking: 'Prøv igen',
  bookedHeading: 'Mødet er booket',
  requestedHeading: 'Mødeanmodning sendt',
  bookedNotice: 'Der er oprettet en kalenderinvitation til dette møde.',
  offlineNotice: 'Der blev ikke oprettet nogen kalenderinvitation. Arrangøren har fået besked og vender tilbage til dig.',
  confirmationDateLabel: 'Dato',
  confirmationTimeLabel: 'Tidspunkt',
  confirmationTimeZoneLabel: 'Tidszone',
  confirmationDurationLabel: 'Varighed',
  confirmationSubjectLabel: 'Emne',
  confirmationLocationLabel: 'Sted',
  confirmationJoinLabel: 'Videoopkald',
  confirmationJoinLink: 'Deltag i mødet',
  confirmationOrganizerLabel: 'Arrangør',
  confirmationGuestsLabel: 'Gæster',
  addToCalendarHeading: 'Føj til kalender',
  meetingTitle: (organizer) => (organizer ? `Møde med ${organizer}` : 'Møde'),
  opensInNewTab: '(åbner i en ny fane)',
  downloadIcs: 'Download .ics-fil',
  googleCalendar: 'Google Kalender',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Du sendes videre til næste side…',
  redirectLink: 'Fortsæt nu',
  invitationSentTo: (email) => `Invitation sendt til ${email}`,
  invitationSent: 'En kalenderinvitation er på vej.',
  nextStepsHeading: 'Hvad sker der nu',
  summaryLabel: 'Mødedetaljer',
  nextAvailable: (date, dateLocale) => `Næste ledige tid: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Forslag',
  failureOffline: 'Du er offline: dine oplysninger er gemt. Intet blev sendt; tryk på bookingknappen igen, når du er online igen.',
  failureVerification: 'Kontrollen af, at du ikke er en robot, blev ikke bestået, så mødet blev ikke booket. Gennemfør kontrollen igen, og book derefter.',
} satisfies Messages;
