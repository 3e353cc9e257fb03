// Serbian (српски), Cyrillic script (the CLDR default for `sr`), ekavian. Formal "ви" address in
// sentences, short imperative on buttons, quotation marks „…“. Names stay after a colon, undeclined.
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

const locale = 'sr';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Заказивање састанка',
  loading: 'Учитавање слободних термина…',
  durationLabel: duration,
  durationTabsLabel: 'Трајање састанка',
  singleDurationLabel: (ms) => `Трајање: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# слободан термин', few: '# слободна термина', other: '# слободних термина' }),
    none: 'нема слободних термина',
    selected: 'изабрано',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Претходни месец',
  nextMonth: 'Следећи месец',
  loadingMonth: 'Учитавање термина…',
  noTimesThisMonth: 'Овог месеца нема слободних термина.',
  pickADay: 'Изаберите дан да бисте видели слободне термине.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Временска зона',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Нема одговарајуће временске зоне',
  timeZoneMatches: plural(locale, { one: '# временска зона', few: '# временске зоне', other: '# временских зона' }),
  hourCycleLabel: 'Формат времена',
  hourCycle12: '12-часовни',
  hourCycle24: '24-часовни',
  noTimesAvailable: 'Нема слободних термина',
  noTimesAvailableDescription: 'Тренутно нема слободних термина на овој страници за заказивање. Проверите поново касније.',
  pageNotFound: 'Страница за заказивање није пронађена',
  pageNotFoundDescription: 'Проверите линк или затражите нови од организатора састанка.',
  loadFailed: 'Учитавање слободних термина није успело',
  errorDescription: byErrorKind({
    offline: 'Нисте повезани на интернет. Термини ће се учитати када се веза успостави.',
    network: 'Није могуће повезати се са услугом за заказивање. Проверите интернет везу и покушајте поново.',
    timeout: 'Услуга за заказивање није одговорила на време. Покушајте поново.',
    'rate-limited': 'Превише захтева у кратком року. Сачекајте тренутак и покушајте поново.',
    server: 'Дошло је до проблема у услузи за заказивање. Покушајте поново.',
    'invalid-response': 'Услуга за заказивање је послала одговор који није могуће прочитати. Покушајте поново касније.',
    other: 'Дошло је до грешке при учитавању ове странице за заказивање. Покушајте поново.',
  }),
  unexpectedError: 'Дошло је до грешке у модулу за заказивање. Поново учитајте страницу.',
  tryAgain: 'Покушај поново',
  slotTaken: 'Тај термин је управо заузет. Изаберите други.',
  dismiss: 'Затвори',
  roundRobinMembers: (names) => `Састаћете се са једном од ових особа: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Учесници састанка: ${formatList(names, locale)}`,
  locationLabel: 'Место',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Закажи састанак',
  bookingInProgress: 'Заказивање…',
  bookingStepHeading: 'Ваши подаци',
  slotSummaryLabel: 'Изабрани термин',
  changeSlot: 'Промени',
  changeSlotLabel: 'Промени изабрани термин',
  firstNameLabel: 'Име',
  lastNameLabel: 'Презиме',
  emailLabel: 'Имејл',
  requiredMarker: '(обавезно)',
  lockedHint: 'Задато на страници; овде се не може мењати.',
  selectPlaceholder: 'Изаберите…',
  guestsHeading: 'Гости',
  guestsHint: plural(locale, {
    one: 'Можете да позовете до # госта.',
    few: 'Можете да позовете до # госта.',
    other: 'Можете да позовете до # гостију.',
  }),
  guestEmailLabel: (position) => `Имејл госта ${n(position)}`,
  addGuest: 'Додај госта',
  removeGuest: (position) => `Уклони госта ${n(position)}`,
  guestAdded: 'Гост је додат',
  guestRemoved: 'Гост је уклоњен',
  consentHeading: 'Сагласност',
  processingConsentFallbackLabel: 'Дајем сагласност да организатор састанка чува и обрађује моје податке о личности.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Одговорите на питање „${label.trim()}“.` : `Поље „${label}“ је обавезно.`,
  errorEmailFormat: 'Унесите имејл адресу у облику name@example.com.',
  errorGuestEmailFormat: (position) => `Гост ${n(position)}: унесите имејл адресу у облику name@example.com.`,
  errorGuestDuplicate: (position) => `Гост ${n(position)} је већ на листи.`,
  errorGuestIsVisitor: (position) => `Гост ${n(position)} има вашу имејл адресу; ви сте већ позвани.`,
  errorTooManyGuests: plural(locale, {
    one: 'Можете да позовете највише # госта.',
    few: 'Можете да позовете највише # госта.',
    other: 'Можете да позовете највише # гостију.',
  }),
  errorNumber: (label) => `Поље „${label}“ мора да садржи број.`,
  errorDate: (label) => `Поље „${label}“ мора да садржи датум у облику 2025-01-31.`,
  errorTickRequired: (label) => `Означите „${label.replace(/[.:]+$/, '')}“ да бисте наставили.`,
  errorSummaryHeading: plural(locale, {
    one: '# поље захтева пажњу',
    few: '# поља захтевају пажњу',
    other: '# поља захтева пажњу',
  }),
  failureNetwork:
    'Није могуће повезати се са услугом за заказивање, па састанак није заказан. Проверите интернет везу и покушајте поново.',
  failureTimeout:
    'Услуга за заказивање није одговорила на време, па није познато да ли је састанак заказан. Пре новог покушаја проверите да ли сте добили имејл са потврдом.',
  failureRateLimited: optionalPlural(
    'Превише покушаја у кратком року. Сачекајте тренутак и покушајте поново.',
    plural(locale, {
      one: 'Превише покушаја у кратком року. Сачекајте # секунду и покушајте поново.',
      few: 'Превише покушаја у кратком року. Сачекајте # секунде и покушајте поново.',
      other: 'Превише покушаја у кратком року. Сачекајте # секунди и покушајте поново.',
    }),
  ),
  failureServer: 'Дошло је до грешке у услузи за заказивање, па састанак није заказан. Покушајте поново.',
  failureRejected: (message) => `Заказивање није прихваћено: ${message}`,
  failureNotFound: 'Ова страница за заказивање више не постоји, па састанак није могао да буде заказан.',
  failureInvalidResponse:
    'Услуга за заказивање је послала одговор који није могуће прочитати, па није познато да ли је састанак заказан. Пре новог покушаја проверите да ли сте добили имејл са потврдом.',
  retryBooking: 'Покушај поново',
  bookedHeading: 'Састанак је заказан',
  requestedHeading: 'Захтев за састанак је послат',
  bookedNotice: 'За овај састанак је направљена позивница у календару.',
  offlineNotice: 'Позивница у календару није направљена. Организатор састанка је обавештен и јавиће вам се.',
  confirmationDateLabel: 'Датум',
  confirmationTimeLabel: 'Време',
  confirmationTimeZoneLabel: 'Временска зона',
  confirmationDurationLabel: 'Трајање',
  confirmationSubjectLabel: 'Тема',
  confirmationLocationLabel: 'Место',
  confirmationJoinLabel: 'Видео-позив',
  confirmationJoinLink: 'Придружи се састанку',
  confirmationOrganizerLabel: 'Организатор',
  confirmationGuestsLabel: 'Гости',
  addToCalendarHeading: 'Додај у календар',
  meetingTitle: (organizer) => (organizer ? `Састанак: ${organizer}` : 'Састанак'),
  opensInNewTab: '(отвара се у новој картици)',
  downloadIcs: 'Преузми датотеку .ics',
  googleCalendar: 'Google календар',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Преусмеравамо вас на следећу страницу…',
  redirectLink: 'Настави одмах',
  invitationSentTo: (email) => `Позивница је послата на ${email}`,
  invitationSent: 'Позивница за календар је на путу.',
  nextStepsHeading: 'Шта следи',
  summaryLabel: 'Детаљи састанка',
  nextAvailable: (date, dateLocale) => `Следећи слободан термин: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Предложено',
  failureOffline: 'Нисте повезани на интернет: ваши подаци су сачувани. Ништа није послато; поново притисните дугме за заказивање када се веза успостави.',
  failureVerification: 'Провера да нисте робот није успела, па састанак није заказан. Поновите проверу, па закажите.',
} satisfies Messages;
