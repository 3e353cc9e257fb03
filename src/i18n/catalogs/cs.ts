// Czech (čeština). Formal "vy" address (vykání), quotation marks „…“. Names stay after a colon,
// undeclined. Note Czech `many` is the category of decimals (1,5 hodiny).
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

const locale = 'cs';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Rezervace schůzky',
  loading: 'Načítání volných termínů…',
  durationLabel: duration,
  durationTabsLabel: 'Délka schůzky',
  singleDurationLabel: (ms) => `Délka: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# volný termín', few: '# volné termíny', many: '# volného termínu', other: '# volných termínů' }),
    none: 'žádné volné termíny',
    selected: 'vybráno',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Předchozí měsíc',
  nextMonth: 'Další měsíc',
  loadingMonth: 'Načítání termínů…',
  noTimesThisMonth: 'V tomto měsíci nejsou žádné volné termíny.',
  pickADay: 'Vyberte den a zobrazí se jeho volné termíny.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Časové pásmo',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Žádné odpovídající časové pásmo',
  timeZoneMatches: plural(locale, {
    one: '# časové pásmo',
    few: '# časová pásma',
    many: '# časového pásma',
    other: '# časových pásem',
  }),
  hourCycleLabel: 'Formát času',
  hourCycle12: '12hodinový',
  hourCycle24: '24hodinový',
  noTimesAvailable: 'Žádné volné termíny',
  noTimesAvailableDescription: 'Na této rezervační stránce teď nejsou žádné volné termíny. Zkuste to prosím později.',
  pageNotFound: 'Tato rezervační stránka nebyla nalezena',
  pageNotFoundDescription: 'Zkontrolujte odkaz nebo požádejte organizátora schůzky o nový.',
  loadFailed: 'Volné termíny se nepodařilo načíst',
  errorDescription: byErrorKind({
    offline: 'Jste offline. Termíny se načtou, až budete znovu online.',
    network: 'Rezervační službu se nepodařilo kontaktovat. Zkontrolujte připojení k internetu a zkuste to znovu.',
    timeout: 'Rezervační služba neodpověděla včas. Zkuste to prosím znovu.',
    'rate-limited': 'Příliš mnoho požadavků v krátké době. Chvíli počkejte a zkuste to znovu.',
    server: 'V rezervační službě došlo k chybě. Zkuste to prosím znovu.',
    'invalid-response': 'Rezervační služba vrátila odpověď, kterou nelze přečíst. Zkuste to prosím později.',
    other: 'Při načítání této rezervační stránky došlo k chybě. Zkuste to prosím znovu.',
  }),
  unexpectedError: 'V rezervačním modulu došlo k chybě. Načtěte prosím stránku znovu.',
  tryAgain: 'Zkusit znovu',
  slotTaken: 'Tento termín byl právě obsazen. Vyberte prosím jiný.',
  dismiss: 'Zavřít',
  roundRobinMembers: (names) => `Schůzku povede jedna z těchto osob: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Účastníci schůzky: ${formatList(names, locale)}`,
  locationLabel: 'Místo',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Rezervovat schůzku',
  bookingInProgress: 'Rezervuje se…',
  bookingStepHeading: 'Vaše údaje',
  slotSummaryLabel: 'Vybraný termín',
  changeSlot: 'Změnit',
  changeSlotLabel: 'Změnit vybraný termín',
  firstNameLabel: 'Jméno',
  lastNameLabel: 'Příjmení',
  emailLabel: 'E-mail',
  requiredMarker: '(povinné)',
  lockedHint: 'Vyplněno stránkou; zde to nelze změnit.',
  selectPlaceholder: 'Vyberte…',
  guestsHeading: 'Hosté',
  guestsHint: plural(locale, {
    one: 'Můžete pozvat až # hosta.',
    few: 'Můžete pozvat až # hosty.',
    many: 'Můžete pozvat až # hosta.',
    other: 'Můžete pozvat až # hostů.',
  }),
  guestEmailLabel: (position) => `E-mail hosta ${n(position)}`,
  addGuest: 'Přidat hosta',
  removeGuest: (position) => `Odebrat hosta ${n(position)}`,
  guestAdded: 'Host byl přidán',
  guestRemoved: 'Host byl odebrán',
  consentHeading: 'Souhlas',
  processingConsentFallbackLabel: 'Souhlasím s tím, aby organizátor schůzky uchovával a zpracovával mé osobní údaje.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Odpovězte na otázku „${label.trim()}“.` : `Pole „${label}“ je povinné.`,
  errorEmailFormat: 'Zadejte e-mailovou adresu ve tvaru name@example.com.',
  errorGuestEmailFormat: (position) => `Host ${n(position)}: zadejte e-mailovou adresu ve tvaru name@example.com.`,
  errorGuestDuplicate: (position) => `Host ${n(position)} už je na seznamu.`,
  errorGuestIsVisitor: (position) => `E-mailová adresa hosta ${n(position)} je vaše vlastní; mezi účastníky už jste.`,
  errorTooManyGuests: plural(locale, {
    one: 'Můžete pozvat nejvýše # hosta.',
    few: 'Můžete pozvat nejvýše # hosty.',
    many: 'Můžete pozvat nejvýše # hosta.',
    other: 'Můžete pozvat nejvýše # hostů.',
  }),
  errorNumber: (label) => `Pole „${label}“ musí obsahovat číslo.`,
  errorDate: (label) => `Pole „${label}“ musí obsahovat datum ve tvaru 2025-01-31.`,
  errorTickRequired: (label) => `Chcete-li pokračovat, zaškrtněte „${label.replace(/[.:]+$/, '')}“.`,
  errorSummaryHeading: plural(locale, {
    one: '# pole vyžaduje pozornost',
    few: '# pole vyžadují pozornost',
    many: '# pole vyžaduje pozornost',
    other: '# polí vyžaduje pozornost',
  }),
  failureNetwork:
    'Rezervační službu se nepodařilo kontaktovat, takže schůzka nebyla zarezervována. Zkontrolujte připojení k internetu a zkuste to znovu.',
  failureTimeout:
    'Rezervační služba neodpověděla včas, takže není jasné, zda byla schůzka zarezervována. Než to zkusíte znovu, podívejte se, jestli vám nepřišel potvrzovací e-mail.',
  failureRateLimited: optionalPlural(
    'Příliš mnoho pokusů v krátké době. Chvíli počkejte a zkuste to znovu.',
    plural(locale, {
      one: 'Příliš mnoho pokusů v krátké době. Počkejte # sekundu a zkuste to znovu.',
      few: 'Příliš mnoho pokusů v krátké době. Počkejte # sekundy a zkuste to znovu.',
      many: 'Příliš mnoho pokusů v krátké době. Počkejte # sekundy a zkuste to znovu.',
      other: 'Příliš mnoho pokusů v krátké době. Počkejte # sekund a zkuste to znovu.',
    }),
  ),
  failureServer: 'V rezervační službě došlo k chybě, takže schůzka nebyla zarezervována. Zkuste to prosím znovu.',
  failureRejected: (message) => `Rezervace nebyla přijata: ${message}`,
  failureNotFound: 'Tato rezervační stránka už neexistuje, takže schůzku nebylo možné zarezervovat.',
  failureInvalidResponse:
    'Rezervační služba vrátila odpověď, kterou nelze přečíst, takže není jasné, zda byla schůzka zarezervována. Než to zkusíte znovu, podívejte se, jestli vám nepřišel potvrzovací e-mail.',
  retryBooking: 'Zkusit znovu',
  bookedHeading: 'Schůzka je zarezervována',
  requestedHeading: 'Žádost o schůzku byla odeslána',
  bookedNotice: 'K této schůzce byla vytvořena pozvánka v kalendáři.',
  offlineNotice: 'Pozvánka v kalendáři nebyla vytvořena. Organizátor schůzky dostal oznámení a ozve se vám.',
  confirmationDateLabel: 'Datum',
  confirmationTimeLabel: 'Čas',
  confirmationTimeZoneLabel: 'Časové pásmo',
  confirmationDurationLabel: 'Délka',
  confirmationSubjectLabel: 'Předmět',
  confirmationLocationLabel: 'Místo',
  confirmationJoinLabel: 'Videohovor',
  confirmationJoinLink: 'Připojit se ke schůzce',
  confirmationOrganizerLabel: 'Organizátor',
  confirmationGuestsLabel: 'Hosté',
  addToCalendarHeading: 'Přidat do kalendáře',
  meetingTitle: (organizer) => (organizer ? `Schůzka: ${organizer}` : 'Schůzka'),
  opensInNewTab: '(otevře se na nové kartě)',
  downloadIcs: 'Stáhnout soubor .ics',
  googleCalendar: 'Kalendář Google',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Přesměrováváme vás na další stránku…',
  redirectLink: 'Pokračovat hned',
  invitationSentTo: (email) => `Pozvánka odeslána na ${email}`,
  invitationSent: 'Pozvánka do kalendáře je na cestě.',
  nextStepsHeading: 'Co bude dál',
  summaryLabel: 'Podrobnosti schůzky',
  nextAvailable: (date, dateLocale) => `Nejbližší volný termín: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Navrhované',
  failureOffline: 'Jste offline: vaše údaje zůstávají uložené. Nic nebylo odesláno; po obnovení připojení klikněte znovu na tlačítko rezervace.',
  failureVerification: 'Ověření, že nejste robot, neproběhlo úspěšně, takže schůzka nebyla zarezervována. Ověření zopakujte a pak rezervujte.',
} satisfies Messages;
