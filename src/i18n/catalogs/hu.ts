// Hungarian (magyar). Formal address ("Ön"), as Hungarian business software uses. Labels and names
// are set after a colon or a dash, never given suffixes or an article (a/az, -val/-vel depend on them).
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

const locale = 'hu';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Időpontfoglalás',
  loading: 'Szabad időpontok betöltése…',
  durationLabel: duration,
  durationTabsLabel: 'A megbeszélés időtartama',
  singleDurationLabel: (ms) => `Időtartam: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# szabad időpont', other: '# szabad időpont' }),
    none: 'nincs szabad időpont',
    selected: 'kiválasztva',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Előző hónap',
  nextMonth: 'Következő hónap',
  loadingMonth: 'Időpontok betöltése…',
  noTimesThisMonth: 'Ebben a hónapban nincs szabad időpont.',
  pickADay: 'Válasszon egy napot a szabad időpontok megtekintéséhez.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Időzóna',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Nincs egyező időzóna',
  timeZoneMatches: plural(locale, { one: '# időzóna', other: '# időzóna' }),
  hourCycleLabel: 'Időformátum',
  hourCycle12: '12 órás',
  hourCycle24: '24 órás',
  noTimesAvailable: 'Nincs szabad időpont',
  noTimesAvailableDescription: 'Ezen a foglalási oldalon jelenleg nincs szabad időpont. Kérjük, nézzen vissza később.',
  pageNotFound: 'Ez a foglalási oldal nem található',
  pageNotFoundDescription: 'Ellenőrizze a linket, vagy kérjen újat a szervezőtől.',
  loadFailed: 'Nem sikerült betölteni a szabad időpontokat',
  errorDescription: byErrorKind({
    offline: 'Nincs internetkapcsolat. Az időpontok betöltődnek, amint újra van kapcsolat.',
    network: 'Nem sikerült elérni a foglalási szolgáltatást. Ellenőrizze a kapcsolatot, és próbálja újra.',
    timeout: 'A foglalási szolgáltatás túl sokáig nem válaszolt. Kérjük, próbálja újra.',
    'rate-limited': 'Az imént túl sok kérés érkezett. Kérjük, várjon egy kicsit, és próbálja újra.',
    server: 'Hiba történt a foglalási szolgáltatásban. Kérjük, próbálja újra.',
    'invalid-response': 'A foglalási szolgáltatás válasza nem volt olvasható. Kérjük, próbálja újra később.',
    other: 'Hiba történt a foglalási oldal betöltése közben. Kérjük, próbálja újra.',
  }),
  unexpectedError: 'Hiba történt az időpontfoglalóban. Kérjük, töltse be újra az oldalt.',
  tryAgain: 'Újrapróbálkozás',
  slotTaken: 'Ezt az időpontot az imént lefoglalták. Kérjük, válasszon másikat.',
  dismiss: 'Bezárás',
  roundRobinMembers: (names) => `Az alábbi személyek egyikével fog találkozni: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Résztvevők: ${formatList(names, locale)}`,
  locationLabel: 'Helyszín',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Időpont lefoglalása',
  bookingInProgress: 'Foglalás folyamatban…',
  bookingStepHeading: 'Az Ön adatai',
  slotSummaryLabel: 'Kiválasztott időpont',
  changeSlot: 'Módosítás',
  changeSlotLabel: 'A kiválasztott időpont módosítása',
  firstNameLabel: 'Keresztnév',
  lastNameLabel: 'Vezetéknév',
  emailLabel: 'E-mail-cím',
  requiredMarker: '(kötelező)',
  lockedHint: 'Az oldal adja meg; itt nem módosítható.',
  selectPlaceholder: 'Válasszon…',
  guestsHeading: 'Vendégek',
  guestsHint: plural(locale, { one: 'Legfeljebb # vendéget hívhat meg.', other: 'Legfeljebb # vendéget hívhat meg.' }),
  guestEmailLabel: (position) => `${n(position)}. vendég e-mail-címe`,
  addGuest: 'Vendég hozzáadása',
  removeGuest: (position) => `${n(position)}. vendég eltávolítása`,
  guestAdded: 'Vendég hozzáadva',
  guestRemoved: 'Vendég eltávolítva',
  consentHeading: 'Hozzájárulás',
  processingConsentFallbackLabel: 'Hozzájárulok, hogy a szervező tárolja és kezelje a személyes adataimat.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Válaszoljon a kérdésre: „${label.trim()}”` : `${label}: kötelező mező.`,
  errorEmailFormat: 'Adjon meg egy e-mail-címet, például: name@example.com.',
  errorGuestEmailFormat: (position) => `${n(position)}. vendég: adjon meg egy e-mail-címet, például: name@example.com.`,
  errorGuestDuplicate: (position) => `A(z) ${n(position)}. vendég már szerepel a listán.`,
  errorGuestIsVisitor: (position) => `A(z) ${n(position)}. vendég az Ön saját e-mail-címe; Önt már meghívtuk.`,
  errorTooManyGuests: plural(locale, { one: 'Legfeljebb # vendéget hívhat meg.', other: 'Legfeljebb # vendéget hívhat meg.' }),
  errorNumber: (label) => `${label}: adjon meg egy számot.`,
  errorDate: (label) => `${label}: adjon meg egy dátumot, például: 2025-01-31.`,
  errorTickRequired: (label) => `A folytatáshoz jelölje be: „${label.replace(/[.:]+$/, '')}”.`,
  errorSummaryHeading: plural(locale, { one: '# mező figyelmet igényel', other: '# mező figyelmet igényel' }),
  failureNetwork:
    'Nem sikerült elérni a foglalási szolgáltatást, ezért az időpont nem lett lefoglalva. Ellenőrizze a kapcsolatot, és próbálja újra.',
  failureTimeout:
    'A foglalási szolgáltatás túl sokáig nem válaszolt, ezért nem tudni, hogy az időpont le lett-e foglalva. Mielőtt újrapróbálkozna, nézze meg, kapott-e visszaigazoló e-mailt.',
  failureRateLimited: optionalPlural(
    'Túl sok próbálkozás rövid idő alatt. Kérjük, várjon egy kicsit, és próbálja újra.',
    plural(locale, {
      one: 'Túl sok próbálkozás rövid idő alatt. Kérjük, várjon # másodpercet, és próbálja újra.',
      other: 'Túl sok próbálkozás rövid idő alatt. Kérjük, várjon # másodpercet, és próbálja újra.',
    }),
  ),
  failureServer: 'Hiba történt a foglalási szolgáltatásban, ezért az időpont nem lett lefoglalva. Kérjük, próbálja újra.',
  failureRejected: (message) => `A foglalást nem fogadták el: ${message}`,
  failureNotFound: 'Ez a foglalási oldal már nem létezik, ezért az időpontot nem lehetett lefoglalni.',
  failureInvalidResponse:
    'A foglalási szolgáltatás válasza nem volt olvasható, ezért nem tudni, hogy az időpont le lett-e foglalva. Mielőtt újrapróbálkozna, nézze meg, kapott-e visszaigazoló e-mailt.',
  retryBooking: 'Újrapróbálkozás',
  bookedHeading: 'Időpont lefoglalva',
  requestedHeading: 'Időpontkérés elküldve',
  bookedNotice: 'Ehhez a megbeszéléshez naptármeghívó készült.',
  offlineNotice: 'Naptármeghívó nem készült. A szervezőt értesítettük, és felveszi Önnel a kapcsolatot.',
  confirmationDateLabel: 'Dátum',
  confirmationTimeLabel: 'Időpont',
  confirmationTimeZoneLabel: 'Időzóna',
  confirmationDurationLabel: 'Időtartam',
  confirmationSubjectLabel: 'Tárgy',
  confirmationLocationLabel: 'Helyszín',
  confirmationJoinLabel: 'Videohívás',
  confirmationJoinLink: 'Csatlakozás a megbeszéléshez',
  confirmationOrganizerLabel: 'Szervező',
  confirmationGuestsLabel: 'Vendégek',
  addToCalendarHeading: 'Hozzáadás a naptárhoz',
  meetingTitle: (organizer) => (organizer ? `Megbeszélés – ${organizer}` : 'Megbeszélés'),
  opensInNewTab: '(új lapon nyílik meg)',
  downloadIcs: '.ics fájl letöltése',
  googleCalendar: 'Google Naptár',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Továbbítjuk a következő oldalra…',
  redirectLink: 'Tovább most',
  invitationSentTo: (email) => `Meghívó elküldve ide: ${email}`,
  invitationSent: 'A naptármeghívó úton van.',
  nextStepsHeading: 'Mi következik',
  summaryLabel: 'A megbeszélés részletei',
  nextAvailable: (date, dateLocale) => `Következő szabad időpont: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Javasolt',
  failureOffline: 'Nincs internetkapcsolat: az adatait megőriztük. Semmi sem lett elküldve; ha újra van kapcsolat, kattintson ismét a foglalás gombra.',
  failureVerification: 'Az ellenőrzés, hogy nem robot, nem sikerült, ezért a megbeszélés nincs lefoglalva. Végezze el újra az ellenőrzést, majd foglaljon.',
} satisfies Messages;
