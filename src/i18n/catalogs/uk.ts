// Ukrainian (українська). Formal "ви" address, quotation marks «…», apostrophe ’. Names stay in
// the nominative (after a colon), so foreign names need no declension.
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

const locale = 'uk';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Запис на зустріч',
  loading: 'Завантаження вільного часу…',
  durationLabel: duration,
  durationTabsLabel: 'Тривалість зустрічі',
  singleDurationLabel: (ms) => `Тривалість: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# вільний слот', few: '# вільні слоти', many: '# вільних слотів', other: '# вільного слота' }),
    none: 'немає вільного часу',
    selected: 'вибрано',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Попередній місяць',
  nextMonth: 'Наступний місяць',
  loadingMonth: 'Завантаження часу…',
  noTimesThisMonth: 'У цьому місяці немає вільного часу.',
  pickADay: 'Виберіть день, щоб побачити вільний час.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Часовий пояс',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Часовий пояс не знайдено',
  timeZoneMatches: plural(locale, {
    one: '# часовий пояс',
    few: '# часові пояси',
    many: '# часових поясів',
    other: '# часового поясу',
  }),
  hourCycleLabel: 'Формат часу',
  hourCycle12: '12-годинний',
  hourCycle24: '24-годинний',
  noTimesAvailable: 'Немає вільного часу',
  noTimesAvailableDescription: 'Зараз на цій сторінці запису немає вільного часу. Загляньте пізніше.',
  pageNotFound: 'Сторінку запису не знайдено',
  pageNotFoundDescription: 'Перевірте посилання або попросіть організатора зустрічі надіслати нове.',
  loadFailed: 'Не вдалося завантажити вільний час',
  errorDescription: byErrorKind({
    offline: 'Немає з’єднання з інтернетом. Час завантажиться, коли з’єднання відновиться.',
    network: 'Не вдалося зв’язатися із сервісом запису. Перевірте підключення до інтернету й повторіть спробу.',
    timeout: 'Сервіс запису надто довго не відповідав. Повторіть спробу.',
    'rate-limited': 'Забагато запитів за короткий час. Зачекайте трохи й повторіть спробу.',
    server: 'У сервісі запису сталася помилка. Повторіть спробу.',
    'invalid-response': 'Сервіс запису надіслав відповідь, яку не вдалося прочитати. Повторіть спробу пізніше.',
    other: 'Під час завантаження цієї сторінки запису сталася помилка. Повторіть спробу.',
  }),
  unexpectedError: 'У модулі запису сталася помилка. Перезавантажте сторінку.',
  tryAgain: 'Повторити спробу',
  slotTaken: 'Цей час щойно зайняли. Виберіть інший.',
  dismiss: 'Закрити',
  roundRobinMembers: (names) => `Ви зустрінетеся з однією з таких осіб: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Учасники зустрічі: ${formatList(names, locale)}`,
  locationLabel: 'Місце',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Записатися на зустріч',
  bookingInProgress: 'Запис…',
  bookingStepHeading: 'Ваші дані',
  slotSummaryLabel: 'Вибраний час',
  changeSlot: 'Змінити',
  changeSlotLabel: 'Змінити вибраний час',
  firstNameLabel: 'Ім’я',
  lastNameLabel: 'Прізвище',
  emailLabel: 'Електронна пошта',
  requiredMarker: '(обов’язково)',
  lockedHint: 'Задано на сторінці; тут змінити не можна.',
  selectPlaceholder: 'Виберіть…',
  guestsHeading: 'Гості',
  guestsHint: plural(locale, {
    one: 'Можна запросити до # гостя.',
    few: 'Можна запросити до # гостей.',
    many: 'Можна запросити до # гостей.',
    other: 'Можна запросити до # гостя.',
  }),
  guestEmailLabel: (position) => `Електронна пошта гостя ${n(position)}`,
  addGuest: 'Додати гостя',
  removeGuest: (position) => `Видалити гостя ${n(position)}`,
  guestAdded: 'Гостя додано',
  guestRemoved: 'Гостя видалено',
  consentHeading: 'Згода',
  processingConsentFallbackLabel: 'Я даю згоду організатору зустрічі на зберігання й обробку моїх персональних даних.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Дайте відповідь на запитання «${label.trim()}».` : `Заповніть поле «${label}».`,
  errorEmailFormat: 'Введіть адресу електронної пошти у форматі name@example.com.',
  errorGuestEmailFormat: (position) => `Гість ${n(position)}: введіть адресу електронної пошти у форматі name@example.com.`,
  errorGuestDuplicate: (position) => `Гість ${n(position)} уже є в списку.`,
  errorGuestIsVisitor: (position) => `Для гостя ${n(position)} указано вашу власну адресу; вас уже запрошено.`,
  errorTooManyGuests: plural(locale, {
    one: 'Можна запросити не більше ніж # гостя.',
    few: 'Можна запросити не більше ніж # гостей.',
    many: 'Можна запросити не більше ніж # гостей.',
    other: 'Можна запросити не більше ніж # гостя.',
  }),
  errorNumber: (label) => `У полі «${label}» має бути число.`,
  errorDate: (label) => `У полі «${label}» має бути дата у форматі 2025-01-31.`,
  errorTickRequired: (label) => `Позначте «${label.replace(/[.:]+$/, '')}», щоб продовжити.`,
  errorSummaryHeading: plural(locale, {
    one: '# поле потребує уваги',
    few: '# поля потребують уваги',
    many: '# полів потребують уваги',
    other: '# поля потребують уваги',
  }),
  failureNetwork:
    'Не вдалося зв’язатися із сервісом бронювання, тому зустріч не заброньовано. Перевірте підключення до інтернету й повторіть спробу.',
  failureTimeout:
    'Сервіс бронювання надто довго не відповідав, тому невідомо, чи заброньовано зустріч. Перш ніж повторити спробу, перевірте, чи надійшов лист із підтвердженням.',
  failureRateLimited: optionalPlural(
    'Забагато спроб за короткий час. Зачекайте трохи й повторіть спробу.',
    plural(locale, {
      one: 'Забагато спроб за короткий час. Зачекайте # секунду й повторіть спробу.',
      few: 'Забагато спроб за короткий час. Зачекайте # секунди й повторіть спробу.',
      many: 'Забагато спроб за короткий час. Зачекайте # секунд і повторіть спробу.',
      other: 'Забагато спроб за короткий час. Зачекайте # секунди й повторіть спробу.',
    }),
  ),
  failureServer: 'У сервісі бронювання сталася помилка, тому зустріч не заброньовано. Повторіть спробу.',
  failureRejected: (message) => `Бронювання не прийнято: ${message}`,
  failureNotFound: 'Ця сторінка запису більше не існує, тому забронювати зустріч не вдалося.',
  failureInvalidResponse:
    'Сервіс бронювання надіслав відповідь, яку не вдалося прочитати, тому невідомо, чи заброньовано зустріч. Перш ніж повторити спробу, перевірте, чи надійшов лист із підтвердженням.',
  retryBooking: 'Повторити спробу',
  bookedHeading: 'Зустріч заброньовано',
  requestedHeading: 'Запит на зустріч надіслано',
  bookedNotice: 'Для цієї зустрічі створено запрошення в календарі.',
  offlineNotice: 'Запрошення в календарі не створено. Організатору зустрічі надіслано сповіщення, і з вами зв’яжуться.',
  confirmationDateLabel: 'Дата',
  confirmationTimeLabel: 'Час',
  confirmationTimeZoneLabel: 'Часовий пояс',
  confirmationDurationLabel: 'Тривалість',
  confirmationSubjectLabel: 'Тема',
  confirmationLocationLabel: 'Місце',
  confirmationJoinLabel: 'Відеодзвінок',
  confirmationJoinLink: 'Приєднатися до зустрічі',
  confirmationOrganizerLabel: 'Організатор',
  confirmationGuestsLabel: 'Гості',
  addToCalendarHeading: 'Додати в календар',
  meetingTitle: (organizer) => (organizer ? `Зустріч: ${organizer}` : 'Зустріч'),
  opensInNewTab: '(відкриється в новій вкладці)',
  downloadIcs: 'Завантажити файл .ics',
  googleCalendar: 'Google Календар',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Переходимо на наступну сторінку…',
  redirectLink: 'Перейти зараз',
  invitationSentTo: (email) => `Запрошення надіслано на ${email}`,
  invitationSent: 'Запрошення в календар уже в дорозі.',
  nextStepsHeading: 'Що далі',
  summaryLabel: 'Відомості про зустріч',
  nextAvailable: (date, dateLocale) => `Найближчий вільний час: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Рекомендовані',
  failureOffline: 'Немає з’єднання з інтернетом: ваші дані збережено. Нічого не надіслано; натисніть кнопку бронювання ще раз, коли з’єднання відновиться.',
  failureVerification: 'Перевірку на робота не пройдено, тому зустріч не заброньовано. Пройдіть перевірку ще раз і забронюйте.',
} satisfies Messages;
