// Latvian (latviešu). Formal address ("jūs"), as Latvian business software uses.
// Labels are quoted after "lauks" (field), not inflected: a label cannot take Latvian case endings.
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

const locale = 'lv';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Tikšanās plānošana',
  loading: 'Notiek brīvo laiku ielāde…',
  durationLabel: duration,
  durationTabsLabel: 'Tikšanās ilgums',
  singleDurationLabel: (ms) => `Ilgums: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { zero: '# brīvu laiku', one: '# brīvs laiks', other: '# brīvi laiki' }),
    none: 'nav brīvu laiku',
    selected: 'atlasīts',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Iepriekšējais mēnesis',
  nextMonth: 'Nākamais mēnesis',
  loadingMonth: 'Notiek laiku ielāde…',
  noTimesThisMonth: 'Šajā mēnesī nav brīvu laiku.',
  pickADay: 'Izvēlieties dienu, lai redzētu tās brīvos laikus.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Laika josla',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Nav atbilstošas laika joslas',
  timeZoneMatches: plural(locale, { zero: '# laika joslu', one: '# laika josla', other: '# laika joslas' }),
  hourCycleLabel: 'Laika formāts',
  hourCycle12: '12 stundu',
  hourCycle24: '24 stundu',
  noTimesAvailable: 'Nav brīvu laiku',
  noTimesAvailableDescription: 'Šajā plānošanas lapā pašlaik nav brīvu laiku. Lūdzu, apmeklējiet to vēlāk.',
  pageNotFound: 'Šī plānošanas lapa netika atrasta',
  pageNotFoundDescription: 'Pārbaudiet saiti vai palūdziet organizatoram jaunu.',
  loadFailed: 'Neizdevās ielādēt brīvos laikus',
  errorDescription: byErrorKind({
    offline: 'Jūs esat bezsaistē. Laiki tiks ielādēti, kad atkal būsiet tiešsaistē.',
    network: 'Neizdevās sazināties ar plānošanas pakalpojumu. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
    timeout: 'Plānošanas pakalpojums neatbildēja pietiekami ātri. Lūdzu, mēģiniet vēlreiz.',
    'rate-limited': 'Tikko saņemts pārāk daudz pieprasījumu. Lūdzu, brīdi uzgaidiet un mēģiniet vēlreiz.',
    server: 'Plānošanas pakalpojumā radās kļūda. Lūdzu, mēģiniet vēlreiz.',
    'invalid-response': 'Neizdevās nolasīt plānošanas pakalpojuma atbildi. Lūdzu, mēģiniet vēlāk.',
    other: 'Ielādējot šo plānošanas lapu, radās kļūda. Lūdzu, mēģiniet vēlreiz.',
  }),
  unexpectedError: 'Plānošanas rīkā radās kļūda. Lūdzu, pārlādējiet lapu.',
  tryAgain: 'Mēģināt vēlreiz',
  slotTaken: 'Šis laiks tikko tika aizņemts. Lūdzu, izvēlieties citu.',
  dismiss: 'Aizvērt',
  roundRobinMembers: (names) => `Jūs tiksieties ar vienu no šīm personām: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Tikšanās dalībnieki: ${formatList(names, locale)}`,
  locationLabel: 'Vieta',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Rezervēt tikšanos',
  bookingInProgress: 'Notiek rezervēšana…',
  bookingStepHeading: 'Jūsu dati',
  slotSummaryLabel: 'Izvēlētais laiks',
  changeSlot: 'Mainīt',
  changeSlotLabel: 'Mainīt izvēlēto laiku',
  firstNameLabel: 'Vārds',
  lastNameLabel: 'Uzvārds',
  emailLabel: 'E-pasts',
  requiredMarker: '(obligāts)',
  lockedHint: 'Norādīts lapā; šeit to nevar mainīt.',
  selectPlaceholder: 'Izvēlieties…',
  guestsHeading: 'Viesi',
  guestsHint: plural(locale, {
    zero: 'Varat uzaicināt līdz # viesiem.',
    one: 'Varat uzaicināt līdz # viesim.',
    other: 'Varat uzaicināt līdz # viesiem.',
  }),
  guestEmailLabel: (position) => `${n(position)}. viesa e-pasts`,
  addGuest: 'Pievienot viesi',
  removeGuest: (position) => `Noņemt ${n(position)}. viesi`,
  guestAdded: 'Viesis pievienots',
  guestRemoved: 'Viesis noņemts',
  consentHeading: 'Piekrišana',
  processingConsentFallbackLabel: 'Piekrītu, ka organizators glabā un apstrādā manus personas datus.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Atbildiet uz jautājumu „${label.trim()}“.` : `Lauks „${label}“ ir obligāts.`,
  errorEmailFormat: 'Ievadiet e-pasta adresi, piemēram, name@example.com.',
  errorGuestEmailFormat: (position) => `${n(position)}. viesis: ievadiet e-pasta adresi, piemēram, name@example.com.`,
  errorGuestDuplicate: (position) => `${n(position)}. viesis jau ir sarakstā.`,
  errorGuestIsVisitor: (position) => `${n(position)}. viesa adrese ir jūsu pašu e-pasts; jūs jau esat starp uzaicinātajiem.`,
  errorTooManyGuests: plural(locale, {
    zero: 'Varat uzaicināt ne vairāk kā # viesu.',
    one: 'Varat uzaicināt ne vairāk kā # viesi.',
    other: 'Varat uzaicināt ne vairāk kā # viesus.',
  }),
  errorNumber: (label) => `Laukā „${label}“ jābūt skaitlim.`,
  errorDate: (label) => `Laukā „${label}“ jābūt datumam, piemēram, 2025-01-31.`,
  errorTickRequired: (label) => `Lai turpinātu, atzīmējiet „${label.replace(/[.:]+$/, '')}“.`,
  errorSummaryHeading: plural(locale, {
    zero: 'Jāpārbauda # lauku',
    one: 'Jāpārbauda # lauks',
    other: 'Jāpārbauda # lauki',
  }),
  failureNetwork:
    'Neizdevās sazināties ar rezervēšanas pakalpojumu, tāpēc tikšanās netika rezervēta. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  failureTimeout:
    'Rezervēšanas pakalpojums neatbildēja pietiekami ātri, tāpēc nav zināms, vai tikšanās tika rezervēta. Pirms mēģināt vēlreiz, pārbaudiet, vai e-pastā ir pienācis apstiprinājums.',
  failureRateLimited: optionalPlural(
    'Pārāk daudz mēģinājumu īsā laikā. Lūdzu, brīdi uzgaidiet un mēģiniet vēlreiz.',
    plural(locale, {
      zero: 'Pārāk daudz mēģinājumu īsā laikā. Lūdzu, uzgaidiet # sekunžu un mēģiniet vēlreiz.',
      one: 'Pārāk daudz mēģinājumu īsā laikā. Lūdzu, uzgaidiet # sekundi un mēģiniet vēlreiz.',
      other: 'Pārāk daudz mēģinājumu īsā laikā. Lūdzu, uzgaidiet # sekundes un mēģiniet vēlreiz.',
    }),
  ),
  failureServer: 'Rezervēšanas pakalpojumā radās kļūda, tāpēc tikšanās netika rezervēta. Lūdzu, mēģiniet vēlreiz.',
  failureRejected: (message) => `Rezervācija netika pieņemta: ${message}`,
  failureNotFound: 'Šī plānošanas lapa vairs nepastāv, tāpēc tikšanos nevarēja rezervēt.',
  failureInvalidResponse:
    'Neizdevās nolasīt rezervēšanas pakalpojuma atbildi, tāpēc nav zināms, vai tikšanās tika rezervēta. Pirms mēģināt vēlreiz, pārbaudiet, vai e-pastā ir pienācis apstiprinājums.',
  retryBooking: 'Mēģināt vēlreiz',
  bookedHeading: 'Tikšanās rezervēta',
  requestedHeading: 'Tikšanās pieprasījums nosūtīts',
  bookedNotice: 'Šai tikšanās reizei ir izveidots kalendāra ielūgums.',
  offlineNotice: 'Kalendāra ielūgums netika izveidots. Organizators ir informēts un sazināsies ar jums.',
  confirmationDateLabel: 'Datums',
  confirmationTimeLabel: 'Laiks',
  confirmationTimeZoneLabel: 'Laika josla',
  confirmationDurationLabel: 'Ilgums',
  confirmationSubjectLabel: 'Temats',
  confirmationLocationLabel: 'Vieta',
  confirmationJoinLabel: 'Videozvans',
  confirmationJoinLink: 'Pievienoties tikšanās reizei',
  confirmationOrganizerLabel: 'Organizators',
  confirmationGuestsLabel: 'Viesi',
  addToCalendarHeading: 'Pievienot kalendāram',
  meetingTitle: (organizer) => (organizer ? `Tikšanās: ${organizer}` : 'Tikšanās'),
  opensInNewTab: '(tiek atvērta jaunā cilnē)',
  downloadIcs: 'Lejupielādēt .ics failu',
  googleCalendar: 'Google kalendārs',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Notiek pāradresācija uz nākamo lapu…',
  redirectLink: 'Turpināt tūlīt',
  invitationSentTo: (email) => `Uzaicinājums nosūtīts uz ${email}`,
  invitationSent: 'Kalendāra uzaicinājums ir ceļā.',
  nextStepsHeading: 'Kas notiks tālāk',
  summaryLabel: 'Tikšanās informācija',
  nextAvailable: (date, dateLocale) => `Nākamais brīvais laiks: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Ieteiktās',
  failureOffline: 'Jūs esat bezsaistē: jūsu dati ir saglabāti. Nekas netika nosūtīts; kad atkal būsiet tiešsaistē, vēlreiz nospiediet rezervēšanas pogu.',
  failureVerification: 'Pārbaude, ka neesat robots, neizdevās, tāpēc tikšanās netika rezervēta. Veiciet pārbaudi vēlreiz un pēc tam rezervējiet.',
} satisfies Messages;
