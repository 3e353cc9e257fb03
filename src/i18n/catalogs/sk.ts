// Slovak (slovenčina). Formal "vy" address (vykanie), quotation marks „…“. Names stay after a colon,
// undeclined. Note Slovak `many` is the category of decimals (1,5 sekundy).
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

const locale = 'sk';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Rezervácia stretnutia',
  loading: 'Načítavajú sa voľné termíny…',
  durationLabel: duration,
  durationTabsLabel: 'Dĺžka stretnutia',
  singleDurationLabel: (ms) => `Dĺžka: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# voľný termín', few: '# voľné termíny', many: '# voľného termínu', other: '# voľných termínov' }),
    none: 'žiadne voľné termíny',
    selected: 'vybraté',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Predchádzajúci mesiac',
  nextMonth: 'Nasledujúci mesiac',
  loadingMonth: 'Načítavajú sa termíny…',
  noTimesThisMonth: 'V tomto mesiaci nie sú žiadne voľné termíny.',
  pickADay: 'Vyberte deň a zobrazia sa jeho voľné termíny.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Časové pásmo',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Žiadne zodpovedajúce časové pásmo',
  timeZoneMatches: plural(locale, {
    one: '# časové pásmo',
    few: '# časové pásma',
    many: '# časového pásma',
    other: '# časových pásiem',
  }),
  hourCycleLabel: 'Formát času',
  hourCycle12: '12-hodinový',
  hourCycle24: '24-hodinový',
  noTimesAvailable: 'Žiadne voľné termíny',
  noTimesAvailableDescription: 'Na tejto rezervačnej stránke momentálne nie sú žiadne voľné termíny. Skúste to neskôr.',
  pageNotFound: 'Táto rezervačná stránka sa nenašla',
  pageNotFoundDescription: 'Skontrolujte odkaz alebo požiadajte organizátora stretnutia o nový.',
  loadFailed: 'Voľné termíny sa nepodarilo načítať',
  errorDescription: byErrorKind({
    offline: 'Ste offline. Termíny sa načítajú, keď budete znova online.',
    network: 'Nepodarilo sa spojiť s rezervačnou službou. Skontrolujte pripojenie na internet a skúste to znova.',
    timeout: 'Rezervačná služba neodpovedala včas. Skúste to znova.',
    'rate-limited': 'Príliš veľa požiadaviek v krátkom čase. Chvíľu počkajte a skúste to znova.',
    server: 'V rezervačnej službe sa vyskytla chyba. Skúste to znova.',
    'invalid-response': 'Rezervačná služba vrátila odpoveď, ktorú nemožno prečítať. Skúste to neskôr.',
    other: 'Pri načítavaní tejto rezervačnej stránky sa vyskytla chyba. Skúste to znova.',
  }),
  unexpectedError: 'V rezervačnom module sa vyskytla chyba. Znova načítajte stránku.',
  tryAgain: 'Skúsiť znova',
  slotTaken: 'Tento termín bol práve obsadený. Vyberte iný.',
  dismiss: 'Zavrieť',
  roundRobinMembers: (names) => `Stretnutie povedie jedna z týchto osôb: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Účastníci stretnutia: ${formatList(names, locale)}`,
  locationLabel: 'Miesto',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Rezervovať stretnutie',
  bookingInProgress: 'Rezervuje sa…',
  bookingStepHeading: 'Vaše údaje',
  slotSummaryLabel: 'Vybraný termín',
  changeSlot: 'Zmeniť',
  changeSlotLabel: 'Zmeniť vybraný termín',
  firstNameLabel: 'Meno',
  lastNameLabel: 'Priezvisko',
  emailLabel: 'E-mail',
  requiredMarker: '(povinné)',
  lockedHint: 'Vyplnené stránkou; tu sa to nedá zmeniť.',
  selectPlaceholder: 'Vyberte…',
  guestsHeading: 'Hostia',
  guestsHint: plural(locale, {
    one: 'Môžete pozvať až # hosťa.',
    few: 'Môžete pozvať až # hostí.',
    many: 'Môžete pozvať až # hosťa.',
    other: 'Môžete pozvať až # hostí.',
  }),
  guestEmailLabel: (position) => `E-mail hosťa ${n(position)}`,
  addGuest: 'Pridať hosťa',
  removeGuest: (position) => `Odstrániť hosťa ${n(position)}`,
  guestAdded: 'Hosť bol pridaný',
  guestRemoved: 'Hosť bol odstránený',
  consentHeading: 'Súhlas',
  processingConsentFallbackLabel: 'Súhlasím s tým, aby organizátor stretnutia uchovával a spracúval moje osobné údaje.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Odpovedzte na otázku „${label.trim()}“.` : `Pole „${label}“ je povinné.`,
  errorEmailFormat: 'Zadajte e-mailovú adresu v tvare name@example.com.',
  errorGuestEmailFormat: (position) => `Hosť ${n(position)}: zadajte e-mailovú adresu v tvare name@example.com.`,
  errorGuestDuplicate: (position) => `Hosť ${n(position)} už je v zozname.`,
  errorGuestIsVisitor: (position) => `E-mailová adresa hosťa ${n(position)} je vaša vlastná; medzi účastníkmi už ste.`,
  errorTooManyGuests: plural(locale, {
    one: 'Môžete pozvať najviac # hosťa.',
    few: 'Môžete pozvať najviac # hostí.',
    many: 'Môžete pozvať najviac # hosťa.',
    other: 'Môžete pozvať najviac # hostí.',
  }),
  errorNumber: (label) => `Pole „${label}“ musí obsahovať číslo.`,
  errorDate: (label) => `Pole „${label}“ musí obsahovať dátum v tvare 2025-01-31.`,
  errorTickRequired: (label) => `Ak chcete pokračovať, začiarknite „${label.replace(/[.:]+$/, '')}“.`,
  errorSummaryHeading: plural(locale, {
    one: '# pole vyžaduje pozornosť',
    few: '# polia vyžadujú pozornosť',
    many: '# poľa vyžaduje pozornosť',
    other: '# polí vyžaduje pozornosť',
  }),
  failureNetwork:
    'Nepodarilo sa spojiť s rezervačnou službou, takže stretnutie nebolo zarezervované. Skontrolujte pripojenie na internet a skúste to znova.',
  failureTimeout:
    'Rezervačná služba neodpovedala včas, takže nie je jasné, či bolo stretnutie zarezervované. Skôr než to skúsite znova, pozrite sa, či vám neprišiel potvrdzujúci e-mail.',
  failureRateLimited: optionalPlural(
    'Príliš veľa pokusov v krátkom čase. Chvíľu počkajte a skúste to znova.',
    plural(locale, {
      one: 'Príliš veľa pokusov v krátkom čase. Počkajte # sekundu a skúste to znova.',
      few: 'Príliš veľa pokusov v krátkom čase. Počkajte # sekundy a skúste to znova.',
      many: 'Príliš veľa pokusov v krátkom čase. Počkajte # sekundy a skúste to znova.',
      other: 'Príliš veľa pokusov v krátkom čase. Počkajte # sekúnd a skúste to znova.',
    }),
  ),
  failureServer: 'V rezervačnej službe sa vyskytla chyba, takže stretnutie nebolo zarezervované. Skúste to znova.',
  failureRejected: (message) => `Rezervácia nebola prijatá: ${message}`,
  failureNotFound: 'Táto rezervačná stránka už neexistuje, takže stretnutie nebolo možné zarezervovať.',
  failureInvalidResponse:
    'Rezervačná služba vrátila odpoveď, ktorú nemožno prečítať, takže nie je jasné, či bolo stretnutie zarezervované. Skôr než to skúsite znova, pozrite sa, či vám neprišiel potvrdzujúci e-mail.',
  retryBooking: 'Skúsiť znova',
  bookedHeading: 'Stretnutie je zarezervované',
  requestedHeading: 'Žiadosť o stretnutie bola odoslaná',
  bookedNotice: 'K tomuto stretnutiu bola vytvorená pozvánka v kalendári.',
  offlineNotice: 'Pozvánka v kalendári nebola vytvorená. Organizátor stretnutia dostal upozornenie a ozve sa vám.',
  confirmationDateLabel: 'Dátum',
  confirmationTimeLabel: 'Čas',
  confirmationTimeZoneLabel: 'Časové pásmo',
  confirmationDurationLabel: 'Dĺžka',
  confirmationSubjectLabel: 'Predmet',
  confirmationLocationLabel: 'Miesto',
  confirmationJoinLabel: 'Videohovor',
  confirmationJoinLink: 'Pripojiť sa k stretnutiu',
  confirmationOrganizerLabel: 'Organizátor',
  confirmationGuestsLabel: 'Hostia',
  addToCalendarHeading: 'Pridať do kalendára',
  meetingTitle: (organizer) => (organizer ? `Stretnutie: ${organizer}` : 'Stretnutie'),
  opensInNewTab: '(otvorí sa na novej karte)',
  downloadIcs: 'Stiahnuť súbor .ics',
  googleCalendar: 'Kalendár Google',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Presmerúvame vás na ďalšiu stránku…',
  redirectLink: 'Pokračovať hneď',
  invitationSentTo: (email) => `Pozvánka odoslaná na ${email}`,
  invitationSent: 'Pozvánka do kalendára je na ceste.',
  nextStepsHeading: 'Čo bude ďalej',
  summaryLabel: 'Podrobnosti stretnutia',
  nextAvailable: (date, dateLocale) => `Najbližší voľný termín: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Navrhované',
  failureOffline: 'Ste offline: vaše údaje zostávajú uložené. Nič sa neodoslalo; po obnovení pripojenia znova kliknite na tlačidlo rezervácie.',
  failureVerification: 'Overenie, že nie ste robot, neprebehlo úspešne, takže stretnutie sa nezarezervovalo. Overenie zopakujte a potom rezervujte.',
} satisfies Messages;
