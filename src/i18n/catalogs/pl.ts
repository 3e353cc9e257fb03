// Polish (polski). Polite impersonal register ("Proszę sprawdzić…", "Można zaprosić…"), imperative
// only on short buttons, quotation marks „…”. Gender-neutral "osoba organizująca spotkanie".
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

const locale = 'pl';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Umawianie spotkania',
  loading: 'Wczytywanie dostępnych terminów…',
  durationLabel: duration,
  durationTabsLabel: 'Czas trwania spotkania',
  singleDurationLabel: (ms) => `Czas trwania: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# wolny termin', few: '# wolne terminy', many: '# wolnych terminów', other: '# wolnego terminu' }),
    none: 'brak wolnych terminów',
    selected: 'wybrany',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Poprzedni miesiąc',
  nextMonth: 'Następny miesiąc',
  loadingMonth: 'Wczytywanie terminów…',
  noTimesThisMonth: 'W tym miesiącu nie ma wolnych terminów.',
  pickADay: 'Po wybraniu dnia pojawią się jego wolne terminy.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Strefa czasowa',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Brak pasujących stref czasowych',
  timeZoneMatches: plural(locale, {
    one: '# strefa czasowa',
    few: '# strefy czasowe',
    many: '# stref czasowych',
    other: '# strefy czasowej',
  }),
  hourCycleLabel: 'Format godziny',
  hourCycle12: '12-godzinny',
  hourCycle24: '24-godzinny',
  noTimesAvailable: 'Brak wolnych terminów',
  noTimesAvailableDescription: 'Na tej stronie rezerwacji nie ma obecnie wolnych terminów. Proszę sprawdzić ponownie później.',
  pageNotFound: 'Nie znaleziono tej strony rezerwacji',
  pageNotFoundDescription: 'Proszę sprawdzić link lub poprosić osobę organizującą spotkanie o nowy.',
  loadFailed: 'Nie udało się wczytać dostępnych terminów',
  errorDescription: byErrorKind({
    offline: 'Brak połączenia z internetem. Terminy wczytają się po odzyskaniu połączenia.',
    network: 'Nie udało się połączyć z usługą rezerwacji. Proszę sprawdzić połączenie z internetem i spróbować ponownie.',
    timeout: 'Usługa rezerwacji zbyt długo nie odpowiadała. Proszę spróbować ponownie.',
    'rate-limited': 'Zbyt wiele żądań w krótkim czasie. Proszę chwilę poczekać i spróbować ponownie.',
    server: 'W usłudze rezerwacji wystąpił problem. Proszę spróbować ponownie.',
    'invalid-response': 'Usługa rezerwacji przesłała odpowiedź, której nie udało się odczytać. Proszę spróbować ponownie później.',
    other: 'Podczas wczytywania tej strony rezerwacji wystąpił błąd. Proszę spróbować ponownie.',
  }),
  unexpectedError: 'W module rezerwacji wystąpił błąd. Proszę odświeżyć stronę.',
  tryAgain: 'Spróbuj ponownie',
  slotTaken: 'Ten termin został właśnie zajęty. Proszę wybrać inny.',
  dismiss: 'Zamknij',
  roundRobinMembers: (names) => `Spotkanie poprowadzi jedna z tych osób: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Uczestnicy spotkania: ${formatList(names, locale)}`,
  locationLabel: 'Miejsce',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Zarezerwuj spotkanie',
  bookingInProgress: 'Rezerwowanie…',
  bookingStepHeading: 'Dane kontaktowe',
  slotSummaryLabel: 'Wybrany termin',
  changeSlot: 'Zmień',
  changeSlotLabel: 'Zmień wybrany termin',
  firstNameLabel: 'Imię',
  lastNameLabel: 'Nazwisko',
  emailLabel: 'Adres e-mail',
  requiredMarker: '(wymagane)',
  lockedHint: 'Podane przez stronę; nie można tego tutaj zmienić.',
  selectPlaceholder: 'Wybierz…',
  guestsHeading: 'Goście',
  guestsHint: plural(locale, {
    one: 'Można zaprosić do # gościa.',
    few: 'Można zaprosić do # gości.',
    many: 'Można zaprosić do # gości.',
    other: 'Można zaprosić do # gościa.',
  }),
  guestEmailLabel: (position) => `Adres e-mail gościa ${n(position)}`,
  addGuest: 'Dodaj gościa',
  removeGuest: (position) => `Usuń gościa ${n(position)}`,
  guestAdded: 'Dodano gościa',
  guestRemoved: 'Usunięto gościa',
  consentHeading: 'Zgoda',
  processingConsentFallbackLabel:
    'Wyrażam zgodę na przechowywanie i przetwarzanie moich danych osobowych przez osobę organizującą spotkanie.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Proszę odpowiedzieć na pytanie „${label.trim()}”.` : `Pole „${label}” jest wymagane.`,
  errorEmailFormat: 'Proszę podać adres e-mail w formacie name@example.com.',
  errorGuestEmailFormat: (position) => `Gość ${n(position)}: proszę podać adres e-mail w formacie name@example.com.`,
  errorGuestDuplicate: (position) => `Gość ${n(position)} jest już na liście.`,
  errorGuestIsVisitor: (position) =>
    `Adres e-mail gościa ${n(position)} jest taki sam jak adres podany powyżej; osoba rezerwująca jest już uczestnikiem spotkania.`,
  errorTooManyGuests: plural(locale, {
    one: 'Można zaprosić maksymalnie # gościa.',
    few: 'Można zaprosić maksymalnie # gości.',
    many: 'Można zaprosić maksymalnie # gości.',
    other: 'Można zaprosić maksymalnie # gościa.',
  }),
  errorNumber: (label) => `Pole „${label}” musi zawierać liczbę.`,
  errorDate: (label) => `Pole „${label}” musi zawierać datę w formacie 2025-01-31.`,
  errorTickRequired: (label) => `Aby kontynuować, proszę zaznaczyć „${label.replace(/[.:]+$/, '')}”.`,
  errorSummaryHeading: plural(locale, {
    one: '# pole wymaga uwagi',
    few: '# pola wymagają uwagi',
    many: '# pól wymaga uwagi',
    other: '# pola wymaga uwagi',
  }),
  failureNetwork:
    'Nie udało się połączyć z usługą rezerwacji, więc spotkanie nie zostało zarezerwowane. Proszę sprawdzić połączenie z internetem i spróbować ponownie.',
  failureTimeout:
    'Usługa rezerwacji zbyt długo nie odpowiadała, więc nie wiadomo, czy spotkanie zostało zarezerwowane. Przed ponowną próbą proszę sprawdzić, czy w skrzynce e-mail jest potwierdzenie.',
  failureRateLimited: optionalPlural(
    'Zbyt wiele prób w krótkim czasie. Proszę chwilę poczekać i spróbować ponownie.',
    plural(locale, {
      one: 'Zbyt wiele prób w krótkim czasie. Proszę poczekać # sekundę i spróbować ponownie.',
      few: 'Zbyt wiele prób w krótkim czasie. Proszę poczekać # sekundy i spróbować ponownie.',
      many: 'Zbyt wiele prób w krótkim czasie. Proszę poczekać # sekund i spróbować ponownie.',
      other: 'Zbyt wiele prób w krótkim czasie. Proszę poczekać # sekundy i spróbować ponownie.',
    }),
  ),
  failureServer:
    'W usłudze rezerwacji wystąpił błąd, więc spotkanie nie zostało zarezerwowane. Proszę spróbować ponownie.',
  failureRejected: (message) => `Rezerwacja nie została przyjęta: ${message}`,
  failureNotFound: 'Ta strona rezerwacji już nie istnieje, więc nie udało się zarezerwować spotkania.',
  failureInvalidResponse:
    'Usługa rezerwacji przesłała odpowiedź, której nie udało się odczytać, więc nie wiadomo, czy spotkanie zostało zarezerwowane. Przed ponowną próbą proszę sprawdzić, czy w skrzynce e-mail jest potwierdzenie.',
  retryBooking: 'Spróbuj ponownie',
  bookedHeading: 'Spotkanie zarezerwowane',
  requestedHeading: 'Wysłano prośbę o spotkanie',
  bookedNotice: 'Dla tego spotkania utworzono zaproszenie w kalendarzu.',
  offlineNotice:
    'Nie utworzono zaproszenia w kalendarzu. Osoba organizująca spotkanie otrzymała powiadomienie i wkrótce się odezwie.',
  confirmationDateLabel: 'Data',
  confirmationTimeLabel: 'Godzina',
  confirmationTimeZoneLabel: 'Strefa czasowa',
  confirmationDurationLabel: 'Czas trwania',
  confirmationSubjectLabel: 'Temat',
  confirmationLocationLabel: 'Miejsce',
  confirmationJoinLabel: 'Rozmowa wideo',
  confirmationJoinLink: 'Dołącz do spotkania',
  confirmationOrganizerLabel: 'Organizator',
  confirmationGuestsLabel: 'Goście',
  addToCalendarHeading: 'Dodaj do kalendarza',
  meetingTitle: (organizer) => (organizer ? `Spotkanie: ${organizer}` : 'Spotkanie'),
  opensInNewTab: '(otwiera się w nowej karcie)',
  downloadIcs: 'Pobierz plik .ics',
  googleCalendar: 'Kalendarz Google',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Przekierowywanie na następną stronę…',
  redirectLink: 'Przejdź teraz',
  invitationSentTo: (email) => `Zaproszenie wysłano na adres ${email}`,
  invitationSent: 'Zaproszenie do kalendarza jest w drodze.',
  nextStepsHeading: 'Co dalej',
  summaryLabel: 'Szczegóły spotkania',
  nextAvailable: (date, dateLocale) => `Najbliższy wolny termin: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Sugerowane',
  failureOffline: 'Brak połączenia z internetem: Twoje dane zostały zachowane. Nic nie zostało wysłane; po odzyskaniu połączenia kliknij ponownie przycisk rezerwacji.',
  failureVerification: 'Weryfikacja, że nie jesteś robotem, nie powiodła się, więc spotkanie nie zostało zarezerwowane. Przejdź weryfikację ponownie, a potem zarezerwuj.',
} satisfies Messages;
