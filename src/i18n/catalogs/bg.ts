// Bulgarian (български). Formal plural address ("вие"), quotation marks „…“, count forms
// ("2 проблема") after numbers.
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

const locale = 'bg';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Насрочване на среща',
  loading: 'Зареждане на свободните часове…',
  durationLabel: duration,
  durationTabsLabel: 'Продължителност на срещата',
  singleDurationLabel: (ms) => `Продължителност: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# свободен час', other: '# свободни часа' }),
    none: 'няма свободни часове',
    selected: 'избран',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Предишен месец',
  nextMonth: 'Следващ месец',
  loadingMonth: 'Зареждане на часовете…',
  noTimesThisMonth: 'През този месец няма свободни часове.',
  pickADay: 'Изберете ден, за да видите свободните часове.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Часова зона',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Няма съвпадащи часови зони',
  timeZoneMatches: plural(locale, { one: '# часова зона', other: '# часови зони' }),
  hourCycleLabel: 'Формат на часа',
  hourCycle12: '12-часов',
  hourCycle24: '24-часов',
  noTimesAvailable: 'Няма свободни часове',
  noTimesAvailableDescription: 'В момента на тази страница за записване няма свободни часове. Проверете отново по-късно.',
  pageNotFound: 'Страницата за записване не е намерена',
  pageNotFoundDescription: 'Проверете връзката или поискайте нова от организатора на срещата.',
  loadFailed: 'Свободните часове не можаха да се заредят',
  errorDescription: byErrorKind({
    offline: 'Нямате връзка с интернет. Часовете ще се заредят, когато връзката се възстанови.',
    network: 'Не може да се установи връзка с услугата за записване. Проверете връзката си с интернет и опитайте отново.',
    timeout: 'Услугата за записване не отговори навреме. Опитайте отново.',
    'rate-limited': 'Твърде много заявки за кратко време. Изчакайте малко и опитайте отново.',
    server: 'В услугата за записване възникна проблем. Опитайте отново.',
    'invalid-response': 'Услугата за записване изпрати отговор, който не може да бъде прочетен. Опитайте отново по-късно.',
    other: 'При зареждането на тази страница за записване възникна грешка. Опитайте отново.',
  }),
  unexpectedError: 'В модула за записване възникна грешка. Презаредете страницата.',
  tryAgain: 'Опитайте отново',
  slotTaken: 'Този час току-що беше зает. Изберете друг.',
  dismiss: 'Затваряне',
  roundRobinMembers: (names) => `Ще се срещнете с един от следните участници: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Участници в срещата: ${formatList(names, locale)}`,
  locationLabel: 'Място',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Запазване на срещата',
  bookingInProgress: 'Запазване…',
  bookingStepHeading: 'Вашите данни',
  slotSummaryLabel: 'Избран час',
  changeSlot: 'Промяна',
  changeSlotLabel: 'Промяна на избрания час',
  firstNameLabel: 'Име',
  lastNameLabel: 'Фамилия',
  emailLabel: 'Имейл',
  requiredMarker: '(задължително)',
  lockedHint: 'Зададено от страницата; не може да се променя тук.',
  selectPlaceholder: 'Изберете…',
  guestsHeading: 'Гости',
  guestsHint: plural(locale, { one: 'Можете да поканите до # гост.', other: 'Можете да поканите до # гости.' }),
  guestEmailLabel: (position) => `Имейл на гост ${n(position)}`,
  addGuest: 'Добавяне на гост',
  removeGuest: (position) => `Премахване на гост ${n(position)}`,
  guestAdded: 'Гостът е добавен',
  guestRemoved: 'Гостът е премахнат',
  consentHeading: 'Съгласие',
  processingConsentFallbackLabel: 'Давам съгласието си организаторът на срещата да съхранява и обработва личните ми данни.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Отговорете на въпроса „${label.trim()}“.` : `Полето „${label}“ е задължително.`,
  errorEmailFormat: 'Въведете имейл адрес във формат name@example.com.',
  errorGuestEmailFormat: (position) => `Гост ${n(position)}: въведете имейл адрес във формат name@example.com.`,
  errorGuestDuplicate: (position) => `Гост ${n(position)} вече е в списъка.`,
  errorGuestIsVisitor: (position) => `Гост ${n(position)} е с вашия собствен имейл адрес; вие вече сте поканени.`,
  errorTooManyGuests: plural(locale, { one: 'Можете да поканите най-много # гост.', other: 'Можете да поканите най-много # гости.' }),
  errorNumber: (label) => `Полето „${label}“ трябва да съдържа число.`,
  errorDate: (label) => `Полето „${label}“ трябва да съдържа дата във формат 2025-01-31.`,
  errorTickRequired: (label) => `Отметнете „${label.replace(/[.:]+$/, '')}“, за да продължите.`,
  errorSummaryHeading: plural(locale, { one: '# поле изисква внимание', other: '# полета изискват внимание' }),
  failureNetwork:
    'Не може да се установи връзка с услугата за резервации, затова срещата не е запазена. Проверете връзката си с интернет и опитайте отново.',
  failureTimeout:
    'Услугата за резервации не отговори навреме, затова не е ясно дали срещата е запазена. Проверете имейла си за потвърждение, преди да опитате отново.',
  failureRateLimited: optionalPlural(
    'Твърде много опити за кратко време. Изчакайте малко и опитайте отново.',
    plural(locale, {
      one: 'Твърде много опити за кратко време. Изчакайте # секунда и опитайте отново.',
      other: 'Твърде много опити за кратко време. Изчакайте # секунди и опитайте отново.',
    }),
  ),
  failureServer: 'В услугата за резервации възникна грешка, затова срещата не е запазена. Опитайте отново.',
  failureRejected: (message) => `Резервацията не беше приета: ${message}`,
  failureNotFound: 'Тази страница за записване вече не съществува, затова срещата не можа да бъде запазена.',
  failureInvalidResponse:
    'Услугата за резервации изпрати отговор, който не може да бъде прочетен, затова не е ясно дали срещата е запазена. Проверете имейла си за потвърждение, преди да опитате отново.',
  retryBooking: 'Опитайте отново',
  bookedHeading: 'Срещата е запазена',
  requestedHeading: 'Заявката за среща е изпратена',
  bookedNotice: 'За тази среща е създадена покана в календара.',
  offlineNotice: 'Не е създадена покана в календара. Организаторът на срещата е уведомен и ще се свърже с вас.',
  confirmationDateLabel: 'Дата',
  confirmationTimeLabel: 'Час',
  confirmationTimeZoneLabel: 'Часова зона',
  confirmationDurationLabel: 'Продължителност',
  confirmationSubjectLabel: 'Тема',
  confirmationLocationLabel: 'Място',
  confirmationJoinLabel: 'Видеообаждане',
  confirmationJoinLink: 'Присъединяване към срещата',
  confirmationOrganizerLabel: 'Организатор',
  confirmationGuestsLabel: 'Гости',
  addToCalendarHeading: 'Добавяне към календара',
  meetingTitle: (organizer) => (organizer ? `Среща с ${organizer}` : 'Среща'),
  opensInNewTab: '(отваря се в нов раздел)',
  downloadIcs: 'Изтегляне на файла .ics',
  googleCalendar: 'Google Календар',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Пренасочване към следващата страница…',
  redirectLink: 'Продължете сега',
  invitationSentTo: (email) => `Поканата е изпратена до ${email}`,
  invitationSent: 'Покана за календара е на път.',
  nextStepsHeading: 'Какво следва',
  summaryLabel: 'Подробности за срещата',
  nextAvailable: (date, dateLocale) => `Следващ свободен час: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Предложени',
  failureOffline: 'Нямате връзка с интернет: данните ви са запазени. Нищо не е изпратено; натиснете отново бутона за запазване, когато връзката се възстанови.',
  failureVerification: 'Проверката, че не сте робот, не беше успешна, затова срещата не е запазена. Преминете отново през проверката и запазете.',
} satisfies Messages;
