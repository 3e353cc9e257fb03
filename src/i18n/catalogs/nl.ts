// Dutch (Nederlands). Formal address ("u"), as booking pages commonly use.
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

const locale = 'nl';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Afspraak plannen',
  loading: 'Beschikbare tijden laden…',
  durationLabel: duration,
  durationTabsLabel: 'Duur van de afspraak',
  singleDurationLabel: (ms) => `Duur: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# tijd beschikbaar', other: '# tijden beschikbaar' }),
    none: 'geen tijden beschikbaar',
    selected: 'geselecteerd',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Vorige maand',
  nextMonth: 'Volgende maand',
  loadingMonth: 'Tijden laden…',
  noTimesThisMonth: 'Deze maand zijn er geen tijden beschikbaar.',
  pickADay: 'Kies een dag om de beschikbare tijden te zien.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Tijdzone',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Geen overeenkomende tijdzone',
  timeZoneMatches: plural(locale, { one: '# tijdzone', other: '# tijdzones' }),
  hourCycleLabel: 'Tijdnotatie',
  hourCycle12: '12-uursnotatie',
  hourCycle24: '24-uursnotatie',
  noTimesAvailable: 'Geen tijden beschikbaar',
  noTimesAvailableDescription: 'Op deze planningspagina zijn op dit moment geen tijden beschikbaar. Kijk later nog eens.',
  pageNotFound: 'Deze planningspagina is niet gevonden',
  pageNotFoundDescription: 'Controleer de link of vraag de organisator om een nieuwe.',
  loadFailed: 'De beschikbare tijden konden niet worden geladen',
  errorDescription: byErrorKind({
    offline: 'Je bent offline. De tijden worden geladen zodra je weer online bent.',
    network: 'De planningsdienst is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    timeout: 'De planningsdienst reageerde te laat. Probeer het opnieuw.',
    'rate-limited': 'Er zijn zojuist te veel verzoeken gedaan. Wacht even en probeer het opnieuw.',
    server: 'Er is een probleem opgetreden bij de planningsdienst. Probeer het opnieuw.',
    'invalid-response': 'Het antwoord van de planningsdienst kon niet worden gelezen. Probeer het later opnieuw.',
    other: 'Er is iets misgegaan bij het laden van deze planningspagina. Probeer het opnieuw.',
  }),
  unexpectedError: 'Er is iets misgegaan in de planner. Laad de pagina opnieuw.',
  tryAgain: 'Opnieuw proberen',
  slotTaken: 'Deze tijd is zojuist door iemand anders geboekt. Kies een andere tijd.',
  dismiss: 'Sluiten',
  roundRobinMembers: (names) => `U spreekt een van deze personen: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `U spreekt: ${formatList(names, locale)}`,
  locationLabel: 'Locatie',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Afspraak boeken',
  bookingInProgress: 'Bezig met boeken…',
  bookingStepHeading: 'Uw gegevens',
  slotSummaryLabel: 'Gekozen tijd',
  changeSlot: 'Wijzigen',
  changeSlotLabel: 'Gekozen tijd wijzigen',
  firstNameLabel: 'Voornaam',
  lastNameLabel: 'Achternaam',
  emailLabel: 'E-mailadres',
  requiredMarker: '(verplicht)',
  lockedHint: 'Ingevuld door de pagina; kan hier niet worden gewijzigd.',
  selectPlaceholder: 'Maak een keuze…',
  guestsHeading: 'Gasten',
  guestsHint: plural(locale, { one: 'U kunt maximaal # gast uitnodigen.', other: 'U kunt maximaal # gasten uitnodigen.' }),
  guestEmailLabel: (position) => `E-mailadres van gast ${n(position)}`,
  addGuest: 'Gast toevoegen',
  removeGuest: (position) => `Gast ${n(position)} verwijderen`,
  guestAdded: 'Gast toegevoegd',
  guestRemoved: 'Gast verwijderd',
  consentHeading: 'Toestemming',
  processingConsentFallbackLabel: 'Ik geef de organisator toestemming om mijn persoonsgegevens op te slaan en te verwerken.',
  errorRequired: (label) => (label.trim().endsWith('?') ? `Beantwoord “${label.trim()}”.` : `${label} is verplicht.`),
  errorEmailFormat: 'Voer een e-mailadres in zoals name@example.com.',
  errorGuestEmailFormat: (position) => `Gast ${n(position)}: voer een e-mailadres in zoals name@example.com.`,
  errorGuestDuplicate: (position) => `Gast ${n(position)} staat al op de lijst.`,
  errorGuestIsVisitor: (position) => `Gast ${n(position)} is uw eigen e-mailadres; u bent al uitgenodigd.`,
  errorTooManyGuests: plural(locale, { one: 'U kunt maximaal # gast uitnodigen.', other: 'U kunt maximaal # gasten uitnodigen.' }),
  errorNumber: (label) => `${label} moet een getal zijn.`,
  errorDate: (label) => `${label} moet een datum zijn zoals 2025-01-31.`,
  errorTickRequired: (label) => `Vink “${label.replace(/[.:]+$/, '')}” aan om door te gaan.`,
  errorSummaryHeading: plural(locale, { one: '# veld vraagt om aandacht', other: '# velden vragen om aandacht' }),
  failureNetwork:
    'De boekingsdienst was niet bereikbaar, dus de afspraak is niet geboekt. Controleer uw verbinding en probeer het opnieuw.',
  failureTimeout:
    'De boekingsdienst reageerde te laat, dus het is niet bekend of de afspraak is geboekt. Kijk in uw e-mail of u een bevestiging hebt ontvangen voordat u het opnieuw probeert.',
  failureRateLimited: optionalPlural(
    'Te veel pogingen in korte tijd. Wacht even en probeer het opnieuw.',
    plural(locale, {
      one: 'Te veel pogingen in korte tijd. Wacht # seconde en probeer het opnieuw.',
      other: 'Te veel pogingen in korte tijd. Wacht # seconden en probeer het opnieuw.',
    }),
  ),
  failureServer: 'Er is iets misgegaan bij de boekingsdienst, dus de afspraak is niet geboekt. Probeer het opnieuw.',
  failureRejected: (message) => `De boeking is niet geaccepteerd: ${message}`,
  failureNotFound: 'Deze planningspagina bestaat niet meer, dus de afspraak kon niet worden geboekt.',
  failureInvalidResponse:
    'Het antwoord van de boekingsdienst kon niet worden gelezen, dus het is niet bekend of de afspraak is geboekt. Kijk in uw e-mail of u een bevestiging hebt ontvangen voordat u het opnieuw probeert.',
  retryBooking: 'Opnieuw proberen',
  bookedHeading: 'Afspraak geboekt',
  requestedHeading: 'Afspraak aangevraagd',
  bookedNotice: 'Er is een agenda-uitnodiging voor deze afspraak aangemaakt.',
  offlineNotice:
    'Er is geen agenda-uitnodiging aangemaakt. De organisator is op de hoogte gebracht en neemt contact met u op.',
  confirmationDateLabel: 'Datum',
  confirmationTimeLabel: 'Tijd',
  confirmationTimeZoneLabel: 'Tijdzone',
  confirmationDurationLabel: 'Duur',
  confirmationSubjectLabel: 'Onderwerp',
  confirmationLocationLabel: 'Locatie',
  confirmationJoinLabel: 'Videogesprek',
  confirmationJoinLink: 'Deelnemen aan de afspraak',
  confirmationOrganizerLabel: 'Organisator',
  confirmationGuestsLabel: 'Gasten',
  addToCalendarHeading: 'Toevoegen aan agenda',
  meetingTitle: (organizer) => (organizer ? `Afspraak met ${organizer}` : 'Afspraak'),
  opensInNewTab: '(opent in een nieuw tabblad)',
  downloadIcs: '.ics-bestand downloaden',
  googleCalendar: 'Google Agenda',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'U wordt doorgestuurd naar de volgende pagina…',
  redirectLink: 'Nu doorgaan',
  invitationSentTo: (email) => `Uitnodiging verstuurd naar ${email}`,
  invitationSent: 'Er is een agenda-uitnodiging onderweg.',
  nextStepsHeading: 'Wat er nu gebeurt',
  summaryLabel: 'Details van de afspraak',
  nextAvailable: (date, dateLocale) => `Eerstvolgende beschikbaarheid: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Voorgesteld',
  failureOffline: 'Je bent offline: je gegevens blijven bewaard. Er is niets verstuurd; klik opnieuw op de knop om te boeken zodra je weer online bent.',
  failureVerification: 'De controle dat je geen robot bent is niet gelukt, dus de afspraak is niet geboekt. Voer de controle opnieuw uit en boek dan.',
} satisfies Messages;
