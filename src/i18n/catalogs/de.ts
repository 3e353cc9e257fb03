// German (Deutsch). The model catalog: every other catalog follows its shape and conventions
// (see /work/notes/locales-format.md). Formal address ("Sie"), as booking pages use.
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

const locale = 'de';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Termin vereinbaren',
  loading: 'Verfügbare Zeiten werden geladen …',
  durationLabel: duration,
  durationTabsLabel: 'Dauer des Termins',
  singleDurationLabel: (ms) => `Dauer: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# freie Zeit', other: '# freie Zeiten' }),
    none: 'keine freien Zeiten',
    selected: 'ausgewählt',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  loadingMonth: 'Zeiten werden geladen …',
  noTimesThisMonth: 'In diesem Monat sind keine Zeiten frei.',
  pickADay: 'Wählen Sie einen Tag, um die freien Zeiten zu sehen.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Zeitzone',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Keine passende Zeitzone',
  timeZoneMatches: plural(locale, { one: '# Zeitzone', other: '# Zeitzonen' }),
  hourCycleLabel: 'Zeitformat',
  hourCycle12: '12-Stunden',
  hourCycle24: '24-Stunden',
  noTimesAvailable: 'Keine Zeiten verfügbar',
  noTimesAvailableDescription: 'Auf dieser Terminseite sind derzeit keine Zeiten frei. Bitte schauen Sie später wieder vorbei.',
  pageNotFound: 'Diese Terminseite wurde nicht gefunden',
  pageNotFoundDescription: 'Prüfen Sie den Link oder bitten Sie die Organisatorin oder den Organisator um einen neuen.',
  loadFailed: 'Die verfügbaren Zeiten konnten nicht geladen werden',
  errorDescription: byErrorKind({
    offline: 'Sie sind offline. Die Zeiten werden geladen, sobald Sie wieder online sind.',
    network: 'Der Terminservice ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timeout: 'Der Terminservice hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
    'rate-limited': 'Gerade gab es zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    server: 'Beim Terminservice ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.',
    'invalid-response': 'Die Antwort des Terminservice war nicht lesbar. Bitte versuchen Sie es später erneut.',
    other: 'Beim Laden dieser Terminseite ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.',
  }),
  unexpectedError: 'Im Terminplaner ist ein Fehler aufgetreten. Bitte laden Sie die Seite neu.',
  tryAgain: 'Erneut versuchen',
  slotTaken: 'Diese Zeit wurde gerade vergeben. Bitte wählen Sie eine andere.',
  dismiss: 'Schließen',
  roundRobinMembers: (names) => `Sie treffen eine dieser Personen: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Sie treffen: ${formatList(names, locale)}`,
  locationLabel: 'Ort',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Termin buchen',
  bookingInProgress: 'Wird gebucht …',
  bookingStepHeading: 'Ihre Angaben',
  slotSummaryLabel: 'Gewählte Zeit',
  changeSlot: 'Ändern',
  changeSlotLabel: 'Gewählte Zeit ändern',
  firstNameLabel: 'Vorname',
  lastNameLabel: 'Nachname',
  emailLabel: 'E-Mail',
  requiredMarker: '(Pflichtfeld)',
  lockedHint: 'Von der Seite vorgegeben; kann hier nicht geändert werden.',
  selectPlaceholder: 'Bitte wählen …',
  guestsHeading: 'Gäste',
  guestsHint: plural(locale, { one: 'Sie können bis zu # Gast einladen.', other: 'Sie können bis zu # Gäste einladen.' }),
  guestEmailLabel: (position) => `E-Mail von Gast ${n(position)}`,
  addGuest: 'Gast hinzufügen',
  removeGuest: (position) => `Gast ${n(position)} entfernen`,
  guestAdded: 'Gast hinzugefügt',
  guestRemoved: 'Gast entfernt',
  consentHeading: 'Einwilligung',
  processingConsentFallbackLabel:
    'Ich bin damit einverstanden, dass die Organisatorin oder der Organisator meine personenbezogenen Daten speichert und verarbeitet.',
  errorRequired: (label) => (label.trim().endsWith('?') ? `Beantworten Sie „${label.trim()}“.` : `${label} ist ein Pflichtfeld.`),
  errorEmailFormat: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  errorGuestEmailFormat: (position) => `Gast ${n(position)}: Geben Sie eine E-Mail-Adresse wie name@example.com ein.`,
  errorGuestDuplicate: (position) => `Gast ${n(position)} steht bereits auf der Liste.`,
  errorGuestIsVisitor: (position) => `Gast ${n(position)} ist Ihre eigene E-Mail-Adresse; Sie sind bereits eingeladen.`,
  errorTooManyGuests: plural(locale, { one: 'Sie können höchstens # Gast einladen.', other: 'Sie können höchstens # Gäste einladen.' }),
  errorNumber: (label) => `${label} muss eine Zahl sein.`,
  errorDate: (label) => `${label} muss ein Datum wie 2025-01-31 sein.`,
  errorTickRequired: (label) => `Aktivieren Sie „${label.replace(/[.:]+$/, '')}“, um fortzufahren.`,
  errorSummaryHeading: plural(locale, {
    one: '# Feld erfordert Ihre Aufmerksamkeit',
    other: '# Felder erfordern Ihre Aufmerksamkeit',
  }),
  failureNetwork:
    'Der Buchungsservice war nicht erreichbar, daher wurde der Termin nicht gebucht. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  failureTimeout:
    'Der Buchungsservice hat zu lange nicht geantwortet, daher ist unklar, ob der Termin gebucht wurde. Sehen Sie in Ihren E-Mails nach einer Bestätigung, bevor Sie es erneut versuchen.',
  failureRateLimited: optionalPlural(
    'Zu viele Versuche in kurzer Zeit. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    plural(locale, {
      one: 'Zu viele Versuche in kurzer Zeit. Bitte warten Sie # Sekunde und versuchen Sie es erneut.',
      other: 'Zu viele Versuche in kurzer Zeit. Bitte warten Sie # Sekunden und versuchen Sie es erneut.',
    }),
  ),
  failureServer: 'Beim Buchungsservice ist ein Fehler aufgetreten, daher wurde der Termin nicht gebucht. Bitte versuchen Sie es erneut.',
  failureRejected: (message) => `Die Buchung wurde nicht angenommen: ${message}`,
  failureNotFound: 'Diese Terminseite existiert nicht mehr, daher konnte der Termin nicht gebucht werden.',
  failureInvalidResponse:
    'Die Antwort des Buchungsservice war nicht lesbar, daher ist unklar, ob der Termin gebucht wurde. Sehen Sie in Ihren E-Mails nach einer Bestätigung, bevor Sie es erneut versuchen.',
  retryBooking: 'Erneut versuchen',
  bookedHeading: 'Termin gebucht',
  requestedHeading: 'Termin angefragt',
  bookedNotice: 'Für diesen Termin wurde eine Kalendereinladung erstellt.',
  offlineNotice:
    'Es wurde keine Kalendereinladung erstellt. Die Organisatorin oder der Organisator wurde benachrichtigt und meldet sich bei Ihnen.',
  confirmationDateLabel: 'Datum',
  confirmationTimeLabel: 'Uhrzeit',
  confirmationTimeZoneLabel: 'Zeitzone',
  confirmationDurationLabel: 'Dauer',
  confirmationSubjectLabel: 'Betreff',
  confirmationLocationLabel: 'Ort',
  confirmationJoinLabel: 'Videoanruf',
  confirmationJoinLink: 'Am Termin teilnehmen',
  confirmationOrganizerLabel: 'Organisiert von',
  confirmationGuestsLabel: 'Gäste',
  addToCalendarHeading: 'Zum Kalender hinzufügen',
  meetingTitle: (organizer) => (organizer ? `Termin mit ${organizer}` : 'Termin'),
  opensInNewTab: '(öffnet in einem neuen Tab)',
  downloadIcs: '.ics-Datei herunterladen',
  googleCalendar: 'Google Kalender',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Sie werden zur nächsten Seite weitergeleitet …',
  redirectLink: 'Jetzt weiter',
  invitationSentTo: (email) => `Einladung gesendet an ${email}`,
  invitationSent: 'Eine Kalendereinladung ist unterwegs.',
  nextStepsHeading: 'Wie es weitergeht',
  summaryLabel: 'Termindetails',
  nextAvailable: (date, dateLocale) => `Nächster freier Termin: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Vorgeschlagen',
  failureOffline: 'Sie sind offline: Ihre Angaben bleiben erhalten. Es wurde nichts gesendet; klicken Sie erneut auf „Termin buchen“, sobald Sie wieder online sind.',
  failureVerification: 'Die Prüfung, dass Sie kein Roboter sind, war nicht erfolgreich, daher wurde der Termin nicht gebucht. Führen Sie die Prüfung erneut durch und buchen Sie dann.',
} satisfies Messages;
