// Lithuanian (lietuvių). Formal address ("jūs"), as Lithuanian business software uses.
// Labels are quoted after "laukas" (field), not inflected: a label cannot take Lithuanian case endings.
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

const locale = 'lt';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Susitikimo planavimas',
  loading: 'Įkeliami laisvi laikai…',
  durationLabel: duration,
  durationTabsLabel: 'Susitikimo trukmė',
  singleDurationLabel: (ms) => `Trukmė: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# laisvas laikas', few: '# laisvi laikai', many: '# laisvo laiko', other: '# laisvų laikų' }),
    none: 'laisvų laikų nėra',
    selected: 'pasirinkta',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Ankstesnis mėnuo',
  nextMonth: 'Kitas mėnuo',
  loadingMonth: 'Įkeliami laikai…',
  noTimesThisMonth: 'Šį mėnesį laisvų laikų nėra.',
  pickADay: 'Pasirinkite dieną, kad pamatytumėte laisvus laikus.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Laiko juosta',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Atitinkančios laiko juostos nėra',
  timeZoneMatches: plural(locale, {
    one: '# laiko juosta',
    few: '# laiko juostos',
    many: '# laiko juostos',
    other: '# laiko juostų',
  }),
  hourCycleLabel: 'Laiko formatas',
  hourCycle12: '12 val.',
  hourCycle24: '24 val.',
  noTimesAvailable: 'Laisvų laikų nėra',
  noTimesAvailableDescription: 'Šiame planavimo puslapyje šiuo metu laisvų laikų nėra. Užsukite vėliau.',
  pageNotFound: 'Šis planavimo puslapis nerastas',
  pageNotFoundDescription: 'Patikrinkite nuorodą arba paprašykite organizatoriaus naujos.',
  loadFailed: 'Nepavyko įkelti laisvų laikų',
  errorDescription: byErrorKind({
    offline: 'Esate neprisijungę. Laikai bus įkelti, kai vėl prisijungsite.',
    network: 'Nepavyko susisiekti su planavimo paslauga. Patikrinkite ryšį ir bandykite dar kartą.',
    timeout: 'Planavimo paslauga per ilgai neatsakė. Bandykite dar kartą.',
    'rate-limited': 'Ką tik gauta per daug užklausų. Palaukite akimirką ir bandykite dar kartą.',
    server: 'Planavimo paslaugoje įvyko klaida. Bandykite dar kartą.',
    'invalid-response': 'Nepavyko perskaityti planavimo paslaugos atsakymo. Bandykite vėliau.',
    other: 'Įkeliant šį planavimo puslapį įvyko klaida. Bandykite dar kartą.',
  }),
  unexpectedError: 'Planavimo įrankyje įvyko klaida. Įkelkite puslapį iš naujo.',
  tryAgain: 'Bandyti dar kartą',
  slotTaken: 'Šis laikas ką tik buvo užimtas. Pasirinkite kitą.',
  dismiss: 'Uždaryti',
  roundRobinMembers: (names) => `Susitiksite su vienu iš šių asmenų: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Susitikime dalyvaus: ${formatList(names, locale)}`,
  locationLabel: 'Vieta',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Užsakyti susitikimą',
  bookingInProgress: 'Užsakoma…',
  bookingStepHeading: 'Jūsų duomenys',
  slotSummaryLabel: 'Pasirinktas laikas',
  changeSlot: 'Keisti',
  changeSlotLabel: 'Keisti pasirinktą laiką',
  firstNameLabel: 'Vardas',
  lastNameLabel: 'Pavardė',
  emailLabel: 'El. paštas',
  requiredMarker: '(privaloma)',
  lockedHint: 'Nurodyta puslapio; čia pakeisti negalima.',
  selectPlaceholder: 'Pasirinkite…',
  guestsHeading: 'Svečiai',
  guestsHint: plural(locale, {
    one: 'Galite pakviesti iki # svečio.',
    few: 'Galite pakviesti iki # svečių.',
    many: 'Galite pakviesti iki # svečio.',
    other: 'Galite pakviesti iki # svečių.',
  }),
  guestEmailLabel: (position) => `${n(position)} svečio el. paštas`,
  addGuest: 'Pridėti svečią',
  removeGuest: (position) => `Pašalinti ${n(position)} svečią`,
  guestAdded: 'Svečias pridėtas',
  guestRemoved: 'Svečias pašalintas',
  consentHeading: 'Sutikimas',
  processingConsentFallbackLabel: 'Sutinku, kad organizatorius saugotų ir tvarkytų mano asmens duomenis.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Atsakykite į klausimą „${label.trim()}“.` : `Laukas „${label}“ yra privalomas.`,
  errorEmailFormat: 'Įveskite el. pašto adresą, pvz., name@example.com.',
  errorGuestEmailFormat: (position) => `${n(position)} svečias: įveskite el. pašto adresą, pvz., name@example.com.`,
  errorGuestDuplicate: (position) => `${n(position)} svečias jau yra sąraše.`,
  errorGuestIsVisitor: (position) => `${n(position)} svečio adresas yra jūsų el. paštas; jūs jau esate pakviesti.`,
  errorTooManyGuests: plural(locale, {
    one: 'Galite pakviesti daugiausia # svečią.',
    few: 'Galite pakviesti daugiausia # svečius.',
    many: 'Galite pakviesti daugiausia # svečio.',
    other: 'Galite pakviesti daugiausia # svečių.',
  }),
  errorNumber: (label) => `Lauke „${label}“ turi būti skaičius.`,
  errorDate: (label) => `Lauke „${label}“ turi būti data, pvz., 2025-01-31.`,
  errorTickRequired: (label) => `Norėdami tęsti, pažymėkite „${label.replace(/[.:]+$/, '')}“.`,
  errorSummaryHeading: plural(locale, {
    one: '# laukas reikalauja dėmesio',
    few: '# laukai reikalauja dėmesio',
    many: '# lauko reikalauja dėmesio',
    other: '# laukų reikalauja dėmesio',
  }),
  failureNetwork:
    'Nepavyko susisiekti su užsakymo paslauga, todėl susitikimas neužsakytas. Patikrinkite ryšį ir bandykite dar kartą.',
  failureTimeout:
    'Užsakymo paslauga per ilgai neatsakė, todėl nežinoma, ar susitikimas užsakytas. Prieš bandydami dar kartą, patikrinkite, ar el. paštu gavote patvirtinimą.',
  failureRateLimited: optionalPlural(
    'Per daug bandymų per trumpą laiką. Palaukite akimirką ir bandykite dar kartą.',
    plural(locale, {
      one: 'Per daug bandymų per trumpą laiką. Palaukite # sekundę ir bandykite dar kartą.',
      few: 'Per daug bandymų per trumpą laiką. Palaukite # sekundes ir bandykite dar kartą.',
      many: 'Per daug bandymų per trumpą laiką. Palaukite # sekundės ir bandykite dar kartą.',
      other: 'Per daug bandymų per trumpą laiką. Palaukite # sekundžių ir bandykite dar kartą.',
    }),
  ),
  failureServer: 'Užsakymo paslaugoje įvyko klaida, todėl susitikimas neužsakytas. Bandykite dar kartą.',
  failureRejected: (message) => `Užsakymas nepriimtas: ${message}`,
  failureNotFound: 'Šio planavimo puslapio nebėra, todėl susitikimo užsakyti nepavyko.',
  failureInvalidResponse:
    'Nepavyko perskaityti užsakymo paslaugos atsakymo, todėl nežinoma, ar susitikimas užsakytas. Prieš bandydami dar kartą, patikrinkite, ar el. paštu gavote patvirtinimą.',
  retryBooking: 'Bandyti dar kartą',
  bookedHeading: 'Susitikimas užsakytas',
  requestedHeading: 'Susitikimo užklausa išsiųsta',
  bookedNotice: 'Šiam susitikimui sukurtas kalendoriaus kvietimas.',
  offlineNotice: 'Kalendoriaus kvietimas nesukurtas. Organizatorius informuotas ir su jumis susisieks.',
  confirmationDateLabel: 'Data',
  confirmationTimeLabel: 'Laikas',
  confirmationTimeZoneLabel: 'Laiko juosta',
  confirmationDurationLabel: 'Trukmė',
  confirmationSubjectLabel: 'Tema',
  confirmationLocationLabel: 'Vieta',
  confirmationJoinLabel: 'Vaizdo skambutis',
  confirmationJoinLink: 'Prisijungti prie susitikimo',
  confirmationOrganizerLabel: 'Organizatorius',
  confirmationGuestsLabel: 'Svečiai',
  addToCalendarHeading: 'Pridėti prie kalendoriaus',
  meetingTitle: (organizer) => (organizer ? `Susitikimas: ${organizer}` : 'Susitikimas'),
  opensInNewTab: '(atidaroma naujame skirtuke)',
  downloadIcs: 'Atsisiųsti .ics failą',
  googleCalendar: 'Google Kalendorius',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Nukreipiama į kitą puslapį…',
  redirectLink: 'Tęsti dabar',
  invitationSentTo: (email) => `Kvietimas išsiųstas adresu ${email}`,
  invitationSent: 'Kalendoriaus kvietimas jau pakeliui.',
  nextStepsHeading: 'Kas bus toliau',
  summaryLabel: 'Susitikimo informacija',
  nextAvailable: (date, dateLocale) => `Artimiausias laisvas laikas: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Siūlomos',
  failureOffline: 'Esate neprisijungę: jūsų duomenys išsaugoti. Niekas neišsiųsta; kai vėl prisijungsite, dar kartą paspauskite rezervavimo mygtuką.',
  failureVerification: 'Patikra, kad nesate robotas, nepavyko, todėl susitikimas nerezervuotas. Atlikite patikrą dar kartą ir tada rezervuokite.',
} satisfies Messages;
