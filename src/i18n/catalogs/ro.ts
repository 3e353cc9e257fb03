// Romanian (română). Formal address (second person plural, "dumneavoastră"), quotation marks „…”,
// comma-below ș/ț. Gender-neutral "persoana care organizează întâlnirea".
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

const locale = 'ro';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Programați o întâlnire',
  loading: 'Se încarcă orele disponibile…',
  durationLabel: duration,
  durationTabsLabel: 'Durata întâlnirii',
  singleDurationLabel: (ms) => `Durată: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# oră disponibilă', few: '# ore disponibile', other: '# de ore disponibile' }),
    none: 'nicio oră disponibilă',
    selected: 'selectat',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Luna anterioară',
  nextMonth: 'Luna următoare',
  loadingMonth: 'Se încarcă orele…',
  noTimesThisMonth: 'Nu există ore disponibile în această lună.',
  pickADay: 'Alegeți o zi pentru a vedea orele disponibile.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Fus orar',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Niciun fus orar corespunzător',
  timeZoneMatches: plural(locale, { one: '# fus orar', few: '# fusuri orare', other: '# de fusuri orare' }),
  hourCycleLabel: 'Format oră',
  hourCycle12: '12 ore',
  hourCycle24: '24 de ore',
  noTimesAvailable: 'Nicio oră disponibilă',
  noTimesAvailableDescription: 'Momentan nu există ore libere pe această pagină de programări. Reveniți mai târziu.',
  pageNotFound: 'Această pagină de programări nu a fost găsită',
  pageNotFoundDescription: 'Verificați linkul sau cereți unul nou persoanei care organizează întâlnirea.',
  loadFailed: 'Orele disponibile nu au putut fi încărcate',
  errorDescription: byErrorKind({
    offline: 'Sunteți offline. Intervalele se vor încărca atunci când reveniți online.',
    network: 'Serviciul de programări nu a putut fi contactat. Verificați conexiunea și încercați din nou.',
    timeout: 'Serviciul de programări a întârziat prea mult cu răspunsul. Încercați din nou.',
    'rate-limited': 'Prea multe solicitări într-un timp scurt. Așteptați puțin și încercați din nou.',
    server: 'A apărut o problemă la serviciul de programări. Încercați din nou.',
    'invalid-response': 'Serviciul de programări a trimis un răspuns care nu a putut fi citit. Încercați din nou mai târziu.',
    other: 'A apărut o eroare la încărcarea acestei pagini de programări. Încercați din nou.',
  }),
  unexpectedError: 'A apărut o eroare în sistemul de programări. Reîncărcați pagina.',
  tryAgain: 'Încercați din nou',
  slotTaken: 'Această oră tocmai a fost rezervată. Alegeți alta.',
  dismiss: 'Închideți',
  roundRobinMembers: (names) => `Vă veți întâlni cu una dintre aceste persoane: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Vă veți întâlni cu: ${formatList(names, locale)}`,
  locationLabel: 'Locație',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Programați întâlnirea',
  bookingInProgress: 'Se programează…',
  bookingStepHeading: 'Datele dumneavoastră',
  slotSummaryLabel: 'Ora selectată',
  changeSlot: 'Modificați',
  changeSlotLabel: 'Modificați ora selectată',
  firstNameLabel: 'Prenume',
  lastNameLabel: 'Nume',
  emailLabel: 'Adresă de e-mail',
  requiredMarker: '(obligatoriu)',
  lockedHint: 'Completat de pagină; nu poate fi modificat aici.',
  selectPlaceholder: 'Selectați…',
  guestsHeading: 'Invitați',
  guestsHint: plural(locale, {
    one: 'Puteți invita până la # persoană.',
    few: 'Puteți invita până la # persoane.',
    other: 'Puteți invita până la # de persoane.',
  }),
  guestEmailLabel: (position) => `E-mailul invitatului ${n(position)}`,
  addGuest: 'Adăugați un invitat',
  removeGuest: (position) => `Eliminați invitatul ${n(position)}`,
  guestAdded: 'Invitatul a fost adăugat',
  guestRemoved: 'Invitatul a fost eliminat',
  consentHeading: 'Consimțământ',
  processingConsentFallbackLabel:
    'Sunt de acord ca persoana care organizează întâlnirea să îmi stocheze și să îmi prelucreze datele cu caracter personal.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Răspundeți la întrebarea „${label.trim()}”.` : `Câmpul „${label}” este obligatoriu.`,
  errorEmailFormat: 'Introduceți o adresă de e-mail de forma name@example.com.',
  errorGuestEmailFormat: (position) => `Invitatul ${n(position)}: introduceți o adresă de e-mail de forma name@example.com.`,
  errorGuestDuplicate: (position) => `Invitatul ${n(position)} este deja pe listă.`,
  errorGuestIsVisitor: (position) =>
    `Adresa invitatului ${n(position)} este chiar adresa dumneavoastră; sunteți deja printre participanți.`,
  errorTooManyGuests: plural(locale, {
    one: 'Puteți invita cel mult # persoană.',
    few: 'Puteți invita cel mult # persoane.',
    other: 'Puteți invita cel mult # de persoane.',
  }),
  errorNumber: (label) => `Câmpul „${label}” trebuie să conțină un număr.`,
  errorDate: (label) => `Câmpul „${label}” trebuie să conțină o dată de forma 2025-01-31.`,
  errorTickRequired: (label) => `Bifați „${label.replace(/[.:]+$/, '')}” pentru a continua.`,
  errorSummaryHeading: plural(locale, {
    one: '# câmp necesită atenție',
    few: '# câmpuri necesită atenție',
    other: '# de câmpuri necesită atenție',
  }),
  failureNetwork:
    'Serviciul de programări nu a putut fi contactat, așa că întâlnirea nu a fost programată. Verificați conexiunea și încercați din nou.',
  failureTimeout:
    'Serviciul de programări a întârziat prea mult cu răspunsul, așa că nu se știe dacă întâlnirea a fost programată. Verificați dacă ați primit un e-mail de confirmare înainte de a încerca din nou.',
  failureRateLimited: optionalPlural(
    'Prea multe încercări într-un timp scurt. Așteptați puțin și încercați din nou.',
    plural(locale, {
      one: 'Prea multe încercări într-un timp scurt. Așteptați # secundă și încercați din nou.',
      few: 'Prea multe încercări într-un timp scurt. Așteptați # secunde și încercați din nou.',
      other: 'Prea multe încercări într-un timp scurt. Așteptați # de secunde și încercați din nou.',
    }),
  ),
  failureServer:
    'A apărut o eroare la serviciul de programări, așa că întâlnirea nu a fost programată. Încercați din nou.',
  failureRejected: (message) => `Programarea nu a fost acceptată: ${message}`,
  failureNotFound: 'Această pagină de programări nu mai există, așa că întâlnirea nu a putut fi programată.',
  failureInvalidResponse:
    'Serviciul de programări a trimis un răspuns care nu a putut fi citit, așa că nu se știe dacă întâlnirea a fost programată. Verificați dacă ați primit un e-mail de confirmare înainte de a încerca din nou.',
  retryBooking: 'Încercați din nou',
  bookedHeading: 'Întâlnire programată',
  requestedHeading: 'Întâlnire solicitată',
  bookedNotice: 'Pentru această întâlnire a fost creată o invitație în calendar.',
  offlineNotice:
    'Nu a fost creată nicio invitație în calendar. Solicitarea a fost transmisă persoanei care organizează întâlnirea, care vă va contacta.',
  confirmationDateLabel: 'Data',
  confirmationTimeLabel: 'Ora',
  confirmationTimeZoneLabel: 'Fus orar',
  confirmationDurationLabel: 'Durată',
  confirmationSubjectLabel: 'Subiect',
  confirmationLocationLabel: 'Locație',
  confirmationJoinLabel: 'Apel video',
  confirmationJoinLink: 'Participați la întâlnire',
  confirmationOrganizerLabel: 'Organizator',
  confirmationGuestsLabel: 'Invitați',
  addToCalendarHeading: 'Adăugați în calendar',
  meetingTitle: (organizer) => (organizer ? `Întâlnire cu ${organizer}` : 'Întâlnire'),
  opensInNewTab: '(se deschide într-o filă nouă)',
  downloadIcs: 'Descărcați fișierul .ics',
  googleCalendar: 'Google Calendar',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Vă redirecționăm către pagina următoare…',
  redirectLink: 'Continuați acum',
  invitationSentTo: (email) => `Invitație trimisă la ${email}`,
  invitationSent: 'O invitație în calendar este pe drum.',
  nextStepsHeading: 'Ce urmează',
  summaryLabel: 'Detaliile întâlnirii',
  nextAvailable: (date, dateLocale) => `Următoarea disponibilitate: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Sugerate',
  failureOffline: 'Sunteți offline: datele dvs. rămân salvate. Nu s-a trimis nimic; apăsați din nou butonul de programare când reveniți online.',
  failureVerification: 'Verificarea că nu sunteți robot nu a reușit, așa că întâlnirea nu a fost programată. Repetați verificarea, apoi programați.',
} satisfies Messages;
