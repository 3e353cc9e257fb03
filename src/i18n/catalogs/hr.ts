// Croatian (hrvatski). Formal address ("vi"), as Croatian business software uses. Labels and names
// follow "polje" (field) or a colon, so they never need a case ending.
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

const locale = 'hr';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Zakazivanje sastanka',
  loading: 'Učitavanje slobodnih termina…',
  durationLabel: duration,
  durationTabsLabel: 'Trajanje sastanka',
  singleDurationLabel: (ms) => `Trajanje: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# slobodan termin', few: '# slobodna termina', other: '# slobodnih termina' }),
    none: 'nema slobodnih termina',
    selected: 'odabrano',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Prethodni mjesec',
  nextMonth: 'Sljedeći mjesec',
  loadingMonth: 'Učitavanje termina…',
  noTimesThisMonth: 'Ovaj mjesec nema slobodnih termina.',
  pickADay: 'Odaberite dan da biste vidjeli slobodne termine.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Vremenska zona',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Nema odgovarajuće vremenske zone',
  timeZoneMatches: plural(locale, { one: '# vremenska zona', few: '# vremenske zone', other: '# vremenskih zona' }),
  hourCycleLabel: 'Format vremena',
  hourCycle12: '12-satni',
  hourCycle24: '24-satni',
  noTimesAvailable: 'Nema slobodnih termina',
  noTimesAvailableDescription: 'Na ovoj stranici za zakazivanje trenutačno nema slobodnih termina. Provjerite ponovno kasnije.',
  pageNotFound: 'Stranica za zakazivanje nije pronađena',
  pageNotFoundDescription: 'Provjerite poveznicu ili zatražite novu od organizatora ili organizatorice.',
  loadFailed: 'Slobodni termini nisu se mogli učitati',
  errorDescription: byErrorKind({
    offline: 'Niste povezani s internetom. Termini će se učitati kad se veza uspostavi.',
    network: 'Nije moguće povezati se s uslugom zakazivanja. Provjerite vezu i pokušajte ponovno.',
    timeout: 'Usluga zakazivanja predugo nije odgovarala. Pokušajte ponovno.',
    'rate-limited': 'Upravo je stiglo previše zahtjeva. Pričekajte trenutak i pokušajte ponovno.',
    server: 'Došlo je do problema na usluzi zakazivanja. Pokušajte ponovno.',
    'invalid-response': 'Odgovor usluge zakazivanja nije bilo moguće pročitati. Pokušajte ponovno kasnije.',
    other: 'Došlo je do pogreške pri učitavanju ove stranice za zakazivanje. Pokušajte ponovno.',
  }),
  unexpectedError: 'Došlo je do pogreške u alatu za zakazivanje. Ponovno učitajte stranicu.',
  tryAgain: 'Pokušaj ponovno',
  slotTaken: 'Taj je termin upravo zauzet. Odaberite drugi.',
  dismiss: 'Zatvori',
  roundRobinMembers: (names) => `Sastat ćete se s jednom od ovih osoba: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Sudionici sastanka: ${formatList(names, locale)}`,
  locationLabel: 'Mjesto',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Zakaži sastanak',
  bookingInProgress: 'Zakazivanje…',
  bookingStepHeading: 'Vaši podaci',
  slotSummaryLabel: 'Odabrani termin',
  changeSlot: 'Promijeni',
  changeSlotLabel: 'Promijeni odabrani termin',
  firstNameLabel: 'Ime',
  lastNameLabel: 'Prezime',
  emailLabel: 'E-pošta',
  requiredMarker: '(obavezno)',
  lockedHint: 'Zadano na stranici; ovdje se ne može promijeniti.',
  selectPlaceholder: 'Odaberite…',
  guestsHeading: 'Gosti',
  guestsHint: plural(locale, {
    one: 'Možete pozvati do # gosta.',
    few: 'Možete pozvati do # gosta.',
    other: 'Možete pozvati do # gostiju.',
  }),
  guestEmailLabel: (position) => `E-pošta gosta ${n(position)}`,
  addGuest: 'Dodaj gosta',
  removeGuest: (position) => `Ukloni gosta ${n(position)}`,
  guestAdded: 'Gost je dodan',
  guestRemoved: 'Gost je uklonjen',
  consentHeading: 'Privola',
  processingConsentFallbackLabel: 'Pristajem da organizator ili organizatorica pohranjuje i obrađuje moje osobne podatke.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Odgovorite na pitanje „${label.trim()}”.` : `Polje „${label}” je obavezno.`,
  errorEmailFormat: 'Unesite adresu e-pošte u obliku name@example.com.',
  errorGuestEmailFormat: (position) => `Gost ${n(position)}: unesite adresu e-pošte u obliku name@example.com.`,
  errorGuestDuplicate: (position) => `Gost ${n(position)} već je na popisu.`,
  errorGuestIsVisitor: (position) => `Gost ${n(position)} vaša je vlastita adresa e-pošte; već ste pozvani.`,
  errorTooManyGuests: plural(locale, {
    one: 'Možete pozvati najviše # gosta.',
    few: 'Možete pozvati najviše # gosta.',
    other: 'Možete pozvati najviše # gostiju.',
  }),
  errorNumber: (label) => `Polje „${label}” mora sadržavati broj.`,
  errorDate: (label) => `Polje „${label}” mora sadržavati datum u obliku 2025-01-31.`,
  errorTickRequired: (label) => `Za nastavak označite „${label.replace(/[.:]+$/, '')}”.`,
  errorSummaryHeading: plural(locale, {
    one: '# polje treba provjeriti',
    few: '# polja treba provjeriti',
    other: '# polja treba provjeriti',
  }),
  failureNetwork:
    'Nije moguće povezati se s uslugom rezervacija, pa sastanak nije zakazan. Provjerite vezu i pokušajte ponovno.',
  failureTimeout:
    'Usluga rezervacija predugo nije odgovarala, pa nije poznato je li sastanak zakazan. Prije ponovnog pokušaja provjerite jeste li primili potvrdu e-poštom.',
  failureRateLimited: optionalPlural(
    'Previše pokušaja u kratkom vremenu. Pričekajte trenutak i pokušajte ponovno.',
    plural(locale, {
      one: 'Previše pokušaja u kratkom vremenu. Pričekajte # sekundu i pokušajte ponovno.',
      few: 'Previše pokušaja u kratkom vremenu. Pričekajte # sekunde i pokušajte ponovno.',
      other: 'Previše pokušaja u kratkom vremenu. Pričekajte # sekundi i pokušajte ponovno.',
    }),
  ),
  failureServer: 'Došlo je do pogreške na usluzi rezervacija, pa sastanak nije zakazan. Pokušajte ponovno.',
  failureRejected: (message) => `Rezervacija nije prihvaćena: ${message}`,
  failureNotFound: 'Ova stranica za zakazivanje više ne postoji, pa sastanak nije bilo moguće zakazati.',
  failureInvalidResponse:
    'Odgovor usluge rezervacija nije bilo moguće pročitati, pa nije poznato je li sastanak zakazan. Prije ponovnog pokušaja provjerite jeste li primili potvrdu e-poštom.',
  retryBooking: 'Pokušaj ponovno',
  bookedHeading: 'Sastanak je zakazan',
  requestedHeading: 'Zahtjev za sastanak je poslan',
  bookedNotice: 'Za ovaj sastanak izrađena je pozivnica u kalendaru.',
  offlineNotice:
    'Pozivnica u kalendaru nije izrađena. Organizator ili organizatorica obaviješteni su i javit će vam se.',
  confirmationDateLabel: 'Datum',
  confirmationTimeLabel: 'Vrijeme',
  confirmationTimeZoneLabel: 'Vremenska zona',
  confirmationDurationLabel: 'Trajanje',
  confirmationSubjectLabel: 'Predmet',
  confirmationLocationLabel: 'Mjesto',
  confirmationJoinLabel: 'Videopoziv',
  confirmationJoinLink: 'Pridruži se sastanku',
  confirmationOrganizerLabel: 'Organizator',
  confirmationGuestsLabel: 'Gosti',
  addToCalendarHeading: 'Dodaj u kalendar',
  meetingTitle: (organizer) => (organizer ? `Sastanak – ${organizer}` : 'Sastanak'),
  opensInNewTab: '(otvara se u novoj kartici)',
  downloadIcs: 'Preuzmi datoteku .ics',
  googleCalendar: 'Google kalendar',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Preusmjeravamo vas na sljedeću stranicu…',
  redirectLink: 'Nastavi odmah',
  invitationSentTo: (email) => `Pozivnica je poslana na ${email}`,
  invitationSent: 'Pozivnica za kalendar je na putu.',
  nextStepsHeading: 'Što slijedi',
  summaryLabel: 'Pojedinosti sastanka',
  nextAvailable: (date, dateLocale) => `Sljedeći slobodan termin: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Predloženo',
  failureOffline: 'Niste povezani s internetom: vaši su podaci sačuvani. Ništa nije poslano; ponovno pritisnite gumb za rezervaciju kad se veza uspostavi.',
  failureVerification: 'Provjera da niste robot nije uspjela, pa sastanak nije rezerviran. Ponovite provjeru, a zatim rezervirajte.',
} satisfies Messages;
