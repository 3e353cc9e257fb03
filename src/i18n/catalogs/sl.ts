// Slovenian (slovenščina). Formal address ("vi"), as Slovenian business software uses. Labels and
// names follow "polje" (field) or a colon, so they never need a case ending.
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

const locale = 'sl';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Dogovor za sestanek',
  loading: 'Nalaganje prostih terminov …',
  durationLabel: duration,
  durationTabsLabel: 'Trajanje sestanka',
  singleDurationLabel: (ms) => `Trajanje: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# prost termin', two: '# prosta termina', few: '# prosti termini', other: '# prostih terminov' }),
    none: 'ni prostih terminov',
    selected: 'izbrano',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Prejšnji mesec',
  nextMonth: 'Naslednji mesec',
  loadingMonth: 'Nalaganje terminov …',
  noTimesThisMonth: 'Ta mesec ni prostih terminov.',
  pickADay: 'Izberite dan, da si ogledate proste termine.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Časovni pas',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Ni ustreznega časovnega pasu',
  timeZoneMatches: plural(locale, {
    one: '# časovni pas',
    two: '# časovna pasova',
    few: '# časovni pasovi',
    other: '# časovnih pasov',
  }),
  hourCycleLabel: 'Oblika časa',
  hourCycle12: '12-urna',
  hourCycle24: '24-urna',
  noTimesAvailable: 'Ni prostih terminov',
  noTimesAvailableDescription: 'Na tej strani za dogovarjanje trenutno ni prostih terminov. Preverite znova pozneje.',
  pageNotFound: 'Te strani za dogovarjanje ni mogoče najti',
  pageNotFoundDescription: 'Preverite povezavo ali prosite organizatorja ali organizatorko za novo.',
  loadFailed: 'Prostih terminov ni bilo mogoče naložiti',
  errorDescription: byErrorKind({
    offline: 'Niste povezani z internetom. Termini se bodo naložili, ko bo povezava spet vzpostavljena.',
    network: 'Storitev za dogovarjanje ni dosegljiva. Preverite povezavo in poskusite znova.',
    timeout: 'Storitev za dogovarjanje se predolgo ni odzvala. Poskusite znova.',
    'rate-limited': 'Pravkar je prispelo preveč zahtev. Počakajte trenutek in poskusite znova.',
    server: 'V storitvi za dogovarjanje je prišlo do težave. Poskusite znova.',
    'invalid-response': 'Odgovora storitve za dogovarjanje ni bilo mogoče prebrati. Poskusite znova pozneje.',
    other: 'Pri nalaganju te strani za dogovarjanje je prišlo do napake. Poskusite znova.',
  }),
  unexpectedError: 'V orodju za dogovarjanje je prišlo do napake. Znova naložite stran.',
  tryAgain: 'Poskusi znova',
  slotTaken: 'Ta termin je bil pravkar zaseden. Izberite drugega.',
  dismiss: 'Zapri',
  roundRobinMembers: (names) => `Srečali se boste z eno od teh oseb: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Udeleženci sestanka: ${formatList(names, locale)}`,
  locationLabel: 'Lokacija',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Rezerviraj sestanek',
  bookingInProgress: 'Rezerviranje …',
  bookingStepHeading: 'Vaši podatki',
  slotSummaryLabel: 'Izbrani termin',
  changeSlot: 'Spremeni',
  changeSlotLabel: 'Spremeni izbrani termin',
  firstNameLabel: 'Ime',
  lastNameLabel: 'Priimek',
  emailLabel: 'E-pošta',
  requiredMarker: '(obvezno)',
  lockedHint: 'Določeno na strani; tukaj ga ni mogoče spremeniti.',
  selectPlaceholder: 'Izberite …',
  guestsHeading: 'Gostje',
  guestsHint: plural(locale, {
    one: 'Povabite lahko največ # gosta.',
    two: 'Povabite lahko največ # gosta.',
    few: 'Povabite lahko največ # goste.',
    other: 'Povabite lahko največ # gostov.',
  }),
  guestEmailLabel: (position) => `E-pošta gosta ${n(position)}`,
  addGuest: 'Dodaj gosta',
  removeGuest: (position) => `Odstrani gosta ${n(position)}`,
  guestAdded: 'Gost dodan',
  guestRemoved: 'Gost odstranjen',
  consentHeading: 'Privolitev',
  processingConsentFallbackLabel: 'Strinjam se, da organizator ali organizatorka shranjuje in obdeluje moje osebne podatke.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Odgovorite na vprašanje „${label.trim()}“.` : `Polje „${label}“ je obvezno.`,
  errorEmailFormat: 'Vnesite e-poštni naslov v obliki name@example.com.',
  errorGuestEmailFormat: (position) => `Gost ${n(position)}: vnesite e-poštni naslov v obliki name@example.com.`,
  errorGuestDuplicate: (position) => `Gost ${n(position)} je že na seznamu.`,
  errorGuestIsVisitor: (position) => `Gost ${n(position)} je vaš lastni e-poštni naslov; povabilo ste že prejeli.`,
  errorTooManyGuests: plural(locale, {
    one: 'Povabite lahko največ # gosta.',
    two: 'Povabite lahko največ # gosta.',
    few: 'Povabite lahko največ # goste.',
    other: 'Povabite lahko največ # gostov.',
  }),
  errorNumber: (label) => `Polje „${label}“ mora vsebovati število.`,
  errorDate: (label) => `Polje „${label}“ mora vsebovati datum v obliki 2025-01-31.`,
  errorTickRequired: (label) => `Za nadaljevanje označite „${label.replace(/[.:]+$/, '')}“.`,
  errorSummaryHeading: plural(locale, {
    one: '# polje zahteva pozornost',
    two: '# polji zahtevata pozornost',
    few: '# polja zahtevajo pozornost',
    other: '# polj zahteva pozornost',
  }),
  failureNetwork:
    'Storitev za rezervacije ni bila dosegljiva, zato sestanek ni bil rezerviran. Preverite povezavo in poskusite znova.',
  failureTimeout:
    'Storitev za rezervacije se predolgo ni odzvala, zato ni znano, ali je bil sestanek rezerviran. Preden poskusite znova, v e-pošti preverite, ali ste prejeli potrditev.',
  failureRateLimited: optionalPlural(
    'Preveč poskusov v kratkem času. Počakajte trenutek in poskusite znova.',
    plural(locale, {
      one: 'Preveč poskusov v kratkem času. Počakajte # sekundo in poskusite znova.',
      two: 'Preveč poskusov v kratkem času. Počakajte # sekundi in poskusite znova.',
      few: 'Preveč poskusov v kratkem času. Počakajte # sekunde in poskusite znova.',
      other: 'Preveč poskusov v kratkem času. Počakajte # sekund in poskusite znova.',
    }),
  ),
  failureServer: 'V storitvi za rezervacije je prišlo do napake, zato sestanek ni bil rezerviran. Poskusite znova.',
  failureRejected: (message) => `Rezervacija ni bila sprejeta: ${message}`,
  failureNotFound: 'Ta stran za dogovarjanje ne obstaja več, zato sestanka ni bilo mogoče rezervirati.',
  failureInvalidResponse:
    'Odgovora storitve za rezervacije ni bilo mogoče prebrati, zato ni znano, ali je bil sestanek rezerviran. Preden poskusite znova, v e-pošti preverite, ali ste prejeli potrditev.',
  retryBooking: 'Poskusi znova',
  bookedHeading: 'Sestanek je rezerviran',
  requestedHeading: 'Prošnja za sestanek je poslana',
  bookedNotice: 'Za ta sestanek je bilo ustvarjeno vabilo v koledarju.',
  offlineNotice:
    'Vabilo v koledarju ni bilo ustvarjeno. Obvestilo smo poslali organizatorju ali organizatorki, ki vam bo odgovoril oziroma odgovorila.',
  confirmationDateLabel: 'Datum',
  confirmationTimeLabel: 'Čas',
  confirmationTimeZoneLabel: 'Časovni pas',
  confirmationDurationLabel: 'Trajanje',
  confirmationSubjectLabel: 'Zadeva',
  confirmationLocationLabel: 'Lokacija',
  confirmationJoinLabel: 'Videoklic',
  confirmationJoinLink: 'Pridruži se sestanku',
  confirmationOrganizerLabel: 'Organizator',
  confirmationGuestsLabel: 'Gostje',
  addToCalendarHeading: 'Dodaj v koledar',
  meetingTitle: (organizer) => (organizer ? `Sestanek – ${organizer}` : 'Sestanek'),
  opensInNewTab: '(odpre se v novem zavihku)',
  downloadIcs: 'Prenesi datoteko .ics',
  googleCalendar: 'Google Koledar',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Preusmerjamo vas na naslednjo stran …',
  redirectLink: 'Nadaljuj zdaj',
  invitationSentTo: (email) => `Povabilo poslano na ${email}`,
  invitationSent: 'Povabilo v koledar je na poti.',
  nextStepsHeading: 'Kaj sledi',
  summaryLabel: 'Podrobnosti sestanka',
  nextAvailable: (date, dateLocale) => `Naslednji prosti termin: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Predlagano',
  failureOffline: 'Niste povezani z internetom: vaši podatki so shranjeni. Nič ni bilo poslano; ko bo povezava spet vzpostavljena, znova pritisnite gumb za rezervacijo.',
  failureVerification: 'Preverjanje, da niste robot, ni uspelo, zato sestanek ni bil rezerviran. Ponovite preverjanje in nato rezervirajte.',
} satisfies Messages;
