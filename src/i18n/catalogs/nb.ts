// Norwegian Bokmål (norsk bokmål). Informal "du", as Norwegian booking pages and business software use.
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

const locale = 'nb';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Bestill et møte',
  loading: 'Laster inn ledige tider…',
  durationLabel: duration,
  durationTabsLabel: 'Møtets varighet',
  singleDurationLabel: (ms) => `Varighet: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# ledig tid', other: '# ledige tider' }),
    none: 'ingen ledige tider',
    selected: 'valgt',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Forrige måned',
  nextMonth: 'Neste måned',
  loadingMonth: 'Laster inn tider…',
  noTimesThisMonth: 'Det er ingen ledige tider denne måneden.',
  pickADay: 'Velg en dag for å se ledige tider.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Tidssone',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Ingen samsvarende tidssone',
  timeZoneMatches: plural(locale, { one: '# tidssone', other: '# tidssoner' }),
  hourCycleLabel: 'Tidsformat',
  hourCycle12: '12 timer',
  hourCycle24: '24 timer',
  noTimesAvailable: 'Ingen ledige tider',
  noTimesAvailableDescription: 'Det er ingen ledige tider på denne bookingsiden akkurat nå. Prøv igjen senere.',
  pageNotFound: 'Fant ikke denne bookingsiden',
  pageNotFoundDescription: 'Sjekk lenken, eller be arrangøren om en ny.',
  loadFailed: 'Kunne ikke laste inn de ledige tidene',
  errorDescription: byErrorKind({
    offline: 'Du er frakoblet. Tidene lastes inn når du er på nett igjen.',
    network: 'Vi fikk ikke kontakt med bookingtjenesten. Sjekk tilkoblingen din, og prøv igjen.',
    timeout: 'Bookingtjenesten brukte for lang tid på å svare. Prøv igjen.',
    'rate-limited': 'Det kom for mange forespørsler akkurat nå. Vent litt, og prøv igjen.',
    server: 'Det oppstod et problem hos bookingtjenesten. Prøv igjen.',
    'invalid-response': 'Bookingtjenesten sendte et svar vi ikke kunne lese. Prøv igjen senere.',
    other: 'Noe gikk galt under innlasting av denne bookingsiden. Prøv igjen.',
  }),
  unexpectedError: 'Noe gikk galt i bookingverktøyet. Last inn siden på nytt.',
  tryAgain: 'Prøv igjen',
  slotTaken: 'Det tidspunktet ble akkurat booket. Velg et annet.',
  dismiss: 'Lukk',
  roundRobinMembers: (names) => `Du skal møte én av disse: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Du skal møte: ${formatList(names, locale)}`,
  locationLabel: 'Sted',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Bestill møte',
  bookingInProgress: 'Bestiller…',
  bookingStepHeading: 'Opplysningene dine',
  slotSummaryLabel: 'Valgt tidspunkt',
  changeSlot: 'Endre',
  changeSlotLabel: 'Endre valgt tidspunkt',
  firstNameLabel: 'Fornavn',
  lastNameLabel: 'Etternavn',
  emailLabel: 'E-post',
  requiredMarker: '(obligatorisk)',
  lockedHint: 'Fylt ut av siden; kan ikke endres her.',
  selectPlaceholder: 'Velg…',
  guestsHeading: 'Gjester',
  guestsHint: plural(locale, { one: 'Du kan invitere opptil # gjest.', other: 'Du kan invitere opptil # gjester.' }),
  guestEmailLabel: (position) => `E-post for gjest ${n(position)}`,
  addGuest: 'Legg til gjest',
  removeGuest: (position) => `Fjern gjest ${n(position)}`,
  guestAdded: 'Gjest lagt til',
  guestRemoved: 'Gjest fjernet',
  consentHeading: 'Samtykke',
  processingConsentFallbackLabel: 'Jeg samtykker i at arrangøren lagrer og behandler personopplysningene mine.',
  errorRequired: (label) => (label.trim().endsWith('?') ? `Svar på «${label.trim()}».` : `${label} må fylles ut.`),
  errorEmailFormat: 'Skriv inn en e-postadresse som name@example.com.',
  errorGuestEmailFormat: (position) => `Gjest ${n(position)}: Skriv inn en e-postadresse som name@example.com.`,
  errorGuestDuplicate: (position) => `Gjest ${n(position)} står allerede på listen.`,
  errorGuestIsVisitor: (position) => `Gjest ${n(position)} er din egen e-postadresse; du er allerede invitert.`,
  errorTooManyGuests: plural(locale, { one: 'Du kan invitere maks # gjest.', other: 'Du kan invitere maks # gjester.' }),
  errorNumber: (label) => `${label} må være et tall.`,
  errorDate: (label) => `${label} må være en dato som 2025-01-31.`,
  errorTickRequired: (label) => `Kryss av for «${label.replace(/[.:]+$/, '')}» for å fortsette.`,
  errorSummaryHeading: plural(locale, { one: '# felt må kontrolleres', other: '# felt må kontrolleres' }),
  failureNetwork:
    'Vi fikk ikke kontakt med bookingtjenesten, så møtet ble ikke bestilt. Sjekk tilkoblingen din, og prøv igjen.',
  failureTimeout:
    'Bookingtjenesten brukte for lang tid på å svare, så det er uvisst om møtet ble bestilt. Se etter en bekreftelse i e-posten din før du prøver igjen.',
  failureRateLimited: optionalPlural(
    'For mange forsøk på kort tid. Vent litt, og prøv igjen.',
    plural(locale, {
      one: 'For mange forsøk på kort tid. Vent # sekund, og prøv igjen.',
      other: 'For mange forsøk på kort tid. Vent # sekunder, og prøv igjen.',
    }),
  ),
  failureServer: 'Noe gikk galt hos bookingtjenesten, så møtet ble ikke bestilt. Prøv igjen.',
  failureRejected: (message) => `Bestillingen ble ikke godtatt: ${message}`,
  failureNotFound: 'Denne bookingsiden finnes ikke lenger, så møtet kunne ikke bestilles.',
  failureInvalidResponse:
    'Bookingtjenesten sendte et svar som ikke kunne leses, så det er uvisst om møtet ble bestilt. Se etter en bekreftelse i e-posten din før du prøver igjen.',
  retryBooking: 'Prøv igjen',
  bookedHeading: 'Møtet er bestilt',
  requestedHeading: 'Møteforespørsel sendt',
  bookedNotice: 'Det er opprettet en kalenderinvitasjon for dette møtet.',
  offlineNotice: 'Det ble ikke opprettet noen kalenderinvitasjon. Arrangøren har fått beskjed og tar kontakt med deg.',
  confirmationDateLabel: 'Dato',
  confirmationTimeLabel: 'Tidspunkt',
  confirmationTimeZoneLabel: 'Tidssone',
  confirmationDurationLabel: 'Varighet',
  confirmationSubjectLabel: 'Emne',
  confirmationLocationLabel: 'Sted',
  confirmationJoinLabel: 'Videosamtale',
  confirmationJoinLink: 'Bli med i møtet',
  confirmationOrganizerLabel: 'Arrangør',
  confirmationGuestsLabel: 'Gjester',
  addToCalendarHeading: 'Legg til i kalenderen',
  meetingTitle: (organizer) => (organizer ? `Møte med ${organizer}` : 'Møte'),
  opensInNewTab: '(åpnes i en ny fane)',
  downloadIcs: 'Last ned .ics-fil',
  googleCalendar: 'Google Kalender',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Du sendes videre til neste side…',
  redirectLink: 'Fortsett nå',
  invitationSentTo: (email) => `Invitasjon sendt til ${email}`,
  invitationSent: 'En kalenderinvitasjon er på vei.',
  nextStepsHeading: 'Hva skjer nå',
  summaryLabel: 'Møtedetaljer',
  nextAvailable: (date, dateLocale) => `Neste ledige tid: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Forslag',
  failureOffline: 'Du er frakoblet: opplysningene dine er tatt vare på. Ingenting ble sendt; trykk på bestillingsknappen igjen når du er på nett.',
  failureVerification: 'Kontrollen av at du ikke er en robot, ble ikke bestått, så møtet ble ikke bestilt. Fullfør kontrollen på nytt, og bestill deretter.',
} satisfies Messages;
