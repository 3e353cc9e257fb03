// Italian (italiano). Formal "Lei" address in sentences, imperative on short buttons, quotation
// marks «…». Gender-neutral "chi organizza l’appuntamento".
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

const locale = 'it';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Prenotazione appuntamento',
  loading: 'Caricamento degli orari disponibili…',
  durationLabel: duration,
  durationTabsLabel: 'Durata dell’appuntamento',
  singleDurationLabel: (ms) => `Durata: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# orario disponibile', many: '# di orari disponibili', other: '# orari disponibili' }),
    none: 'nessun orario disponibile',
    selected: 'selezionato',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Mese precedente',
  nextMonth: 'Mese successivo',
  loadingMonth: 'Caricamento degli orari…',
  noTimesThisMonth: 'Nessun orario disponibile questo mese.',
  pickADay: 'Scelga un giorno per vedere gli orari disponibili.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Fuso orario',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Nessun fuso orario corrispondente',
  timeZoneMatches: plural(locale, { one: '# fuso orario', many: '# di fusi orari', other: '# fusi orari' }),
  hourCycleLabel: 'Formato orario',
  hourCycle12: '12 ore',
  hourCycle24: '24 ore',
  noTimesAvailable: 'Nessun orario disponibile',
  noTimesAvailableDescription: 'Al momento non ci sono orari liberi su questa pagina di prenotazione. Torni a controllare più tardi.',
  pageNotFound: 'Impossibile trovare questa pagina di prenotazione',
  pageNotFoundDescription: 'Controlli il link o ne chieda uno nuovo a chi organizza l’appuntamento.',
  loadFailed: 'Impossibile caricare gli orari disponibili',
  errorDescription: byErrorKind({
    offline: 'Sei offline. Gli orari verranno caricati quando tornerai online.',
    network: 'Impossibile contattare il servizio di prenotazione. Controlli la connessione e riprovi.',
    timeout: 'Il servizio di prenotazione ha impiegato troppo tempo a rispondere. Riprovi.',
    'rate-limited': 'Troppe richieste in poco tempo. Attenda qualche istante e riprovi.',
    server: 'Si è verificato un problema nel servizio di prenotazione. Riprovi.',
    'invalid-response': 'Il servizio di prenotazione ha inviato una risposta illeggibile. Riprovi più tardi.',
    other: 'Si è verificato un errore durante il caricamento di questa pagina di prenotazione. Riprovi.',
  }),
  unexpectedError: 'Si è verificato un errore nel sistema di prenotazione. Ricarichi la pagina.',
  tryAgain: 'Riprova',
  slotTaken: 'Questo orario è appena stato prenotato. Ne scelga un altro.',
  dismiss: 'Chiudi',
  roundRobinMembers: (names) => `Incontrerà una di queste persone: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Incontrerà: ${formatList(names, locale)}`,
  locationLabel: 'Luogo',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Prenota appuntamento',
  bookingInProgress: 'Prenotazione in corso…',
  bookingStepHeading: 'Dati personali',
  slotSummaryLabel: 'Orario selezionato',
  changeSlot: 'Modifica',
  changeSlotLabel: 'Modifica l’orario selezionato',
  firstNameLabel: 'Nome',
  lastNameLabel: 'Cognome',
  emailLabel: 'Indirizzo email',
  requiredMarker: '(obbligatorio)',
  lockedHint: 'Fornito dalla pagina; non è modificabile qui.',
  selectPlaceholder: 'Seleziona…',
  guestsHeading: 'Invitati',
  guestsHint: plural(locale, {
    one: 'Può invitare fino a # persona.',
    many: 'Può invitare fino a # di persone.',
    other: 'Può invitare fino a # persone.',
  }),
  guestEmailLabel: (position) => `Email dell’invitato ${n(position)}`,
  addGuest: 'Aggiungi invitato',
  removeGuest: (position) => `Rimuovi invitato ${n(position)}`,
  guestAdded: 'Invitato aggiunto',
  guestRemoved: 'Invitato rimosso',
  consentHeading: 'Consenso',
  processingConsentFallbackLabel:
    'Acconsento alla conservazione e al trattamento dei miei dati personali da parte di chi organizza l’appuntamento.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Risponda alla domanda «${label.trim()}».` : `Il campo «${label}» è obbligatorio.`,
  errorEmailFormat: 'Inserisca un indirizzo email come name@example.com.',
  errorGuestEmailFormat: (position) => `Invitato ${n(position)}: inserisca un indirizzo email come name@example.com.`,
  errorGuestDuplicate: (position) => `L’invitato ${n(position)} è già nell’elenco.`,
  errorGuestIsVisitor: (position) =>
    `L’indirizzo email dell’invitato ${n(position)} coincide con il suo; lei è già tra i partecipanti.`,
  errorTooManyGuests: plural(locale, {
    one: 'Può invitare al massimo # persona.',
    many: 'Può invitare al massimo # di persone.',
    other: 'Può invitare al massimo # persone.',
  }),
  errorNumber: (label) => `Il campo «${label}» deve contenere un numero.`,
  errorDate: (label) => `Il campo «${label}» deve contenere una data nel formato 2025-01-31.`,
  errorTickRequired: (label) => `Selezioni «${label.replace(/[.:]+$/, '')}» per continuare.`,
  errorSummaryHeading: plural(locale, {
    one: '# campo richiede attenzione',
    many: '# di campi richiedono attenzione',
    other: '# campi richiedono attenzione',
  }),
  failureNetwork:
    'Impossibile contattare il servizio di prenotazione, quindi l’appuntamento non è stato prenotato. Controlli la connessione e riprovi.',
  failureTimeout:
    'Il servizio di prenotazione ha impiegato troppo tempo a rispondere, quindi non è possibile sapere se l’appuntamento è stato prenotato. Verifichi di aver ricevuto un’email di conferma prima di riprovare.',
  failureRateLimited: optionalPlural(
    'Troppi tentativi in poco tempo. Attenda qualche istante e riprovi.',
    plural(locale, {
      one: 'Troppi tentativi in poco tempo. Attenda # secondo e riprovi.',
      many: 'Troppi tentativi in poco tempo. Attenda # di secondi e riprovi.',
      other: 'Troppi tentativi in poco tempo. Attenda # secondi e riprovi.',
    }),
  ),
  failureServer:
    'Si è verificato un errore nel servizio di prenotazione, quindi l’appuntamento non è stato prenotato. Riprovi.',
  failureRejected: (message) => `La prenotazione non è stata accettata: ${message}`,
  failureNotFound: 'Questa pagina di prenotazione non esiste più, quindi non è stato possibile prenotare l’appuntamento.',
  failureInvalidResponse:
    'Il servizio di prenotazione ha inviato una risposta illeggibile, quindi non è possibile sapere se l’appuntamento è stato prenotato. Verifichi di aver ricevuto un’email di conferma prima di riprovare.',
  retryBooking: 'Riprova',
  bookedHeading: 'Appuntamento prenotato',
  requestedHeading: 'Richiesta di appuntamento inviata',
  bookedNotice: 'È stato creato un invito nel calendario per questo appuntamento.',
  offlineNotice:
    'Non è stato creato alcun invito nel calendario. La richiesta è stata inoltrata a chi organizza l’appuntamento, che la ricontatterà.',
  confirmationDateLabel: 'Data',
  confirmationTimeLabel: 'Ora',
  confirmationTimeZoneLabel: 'Fuso orario',
  confirmationDurationLabel: 'Durata',
  confirmationSubjectLabel: 'Oggetto',
  confirmationLocationLabel: 'Luogo',
  confirmationJoinLabel: 'Videochiamata',
  confirmationJoinLink: 'Partecipa alla videochiamata',
  confirmationOrganizerLabel: 'Organizzato da',
  confirmationGuestsLabel: 'Invitati',
  addToCalendarHeading: 'Aggiungi al calendario',
  meetingTitle: (organizer) => (organizer ? `Appuntamento con ${organizer}` : 'Appuntamento'),
  opensInNewTab: '(si apre in una nuova scheda)',
  downloadIcs: 'Scarica il file .ics',
  googleCalendar: 'Google Calendar',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Reindirizzamento alla pagina successiva…',
  redirectLink: 'Continua ora',
  invitationSentTo: (email) => `Invito inviato a ${email}`,
  invitationSent: 'Un invito del calendario è in arrivo.',
  nextStepsHeading: 'Cosa succede ora',
  summaryLabel: 'Dettagli della riunione',
  nextAvailable: (date, dateLocale) => `Prossima disponibilità: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Suggeriti',
  failureOffline: 'Sei offline: i tuoi dati restano qui. Non è stato inviato nulla; premi di nuovo il pulsante di prenotazione quando torni online.',
  failureVerification: 'La verifica che non sei un robot non è riuscita, quindi la riunione non è stata prenotata. Ripeti la verifica, poi prenota.',
} satisfies Messages;
