// Russian (русский). Formal "вы" address, quotation marks «…». Names stay in the nominative
// (after a colon), so foreign names need no declension.
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

const locale = 'ru';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Запись на встречу',
  loading: 'Загрузка свободного времени…',
  durationLabel: duration,
  durationTabsLabel: 'Продолжительность встречи',
  singleDurationLabel: (ms) => `Продолжительность: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# свободный слот', few: '# свободных слота', many: '# свободных слотов', other: '# свободного слота' }),
    none: 'нет свободного времени',
    selected: 'выбрано',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Предыдущий месяц',
  nextMonth: 'Следующий месяц',
  loadingMonth: 'Загрузка времени…',
  noTimesThisMonth: 'В этом месяце нет свободного времени.',
  pickADay: 'Выберите день, чтобы увидеть свободное время.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Часовой пояс',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Часовой пояс не найден',
  timeZoneMatches: plural(locale, {
    one: '# часовой пояс',
    few: '# часовых пояса',
    many: '# часовых поясов',
    other: '# часового пояса',
  }),
  hourCycleLabel: 'Формат времени',
  hourCycle12: '12-часовой',
  hourCycle24: '24-часовой',
  noTimesAvailable: 'Нет свободного времени',
  noTimesAvailableDescription: 'Сейчас на этой странице записи нет свободного времени. Загляните позже.',
  pageNotFound: 'Страница записи не найдена',
  pageNotFoundDescription: 'Проверьте ссылку или попросите организатора встречи прислать новую.',
  loadFailed: 'Не удалось загрузить свободное время',
  errorDescription: byErrorKind({
    offline: 'Нет подключения к интернету. Время загрузится, когда подключение восстановится.',
    network: 'Не удалось связаться с сервисом записи. Проверьте подключение к интернету и повторите попытку.',
    timeout: 'Сервис записи слишком долго не отвечал. Повторите попытку.',
    'rate-limited': 'Слишком много запросов за короткое время. Подождите немного и повторите попытку.',
    server: 'В сервисе записи произошла ошибка. Повторите попытку.',
    'invalid-response': 'Сервис записи прислал ответ, который не удалось прочитать. Повторите попытку позже.',
    other: 'При загрузке этой страницы записи произошла ошибка. Повторите попытку.',
  }),
  unexpectedError: 'В модуле записи произошла ошибка. Перезагрузите страницу.',
  tryAgain: 'Повторить попытку',
  slotTaken: 'Это время только что заняли. Выберите другое.',
  dismiss: 'Закрыть',
  roundRobinMembers: (names) => `Вы встретитесь с одним из следующих людей: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Участники встречи: ${formatList(names, locale)}`,
  locationLabel: 'Место',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Записаться на встречу',
  bookingInProgress: 'Запись…',
  bookingStepHeading: 'Ваши данные',
  slotSummaryLabel: 'Выбранное время',
  changeSlot: 'Изменить',
  changeSlotLabel: 'Изменить выбранное время',
  firstNameLabel: 'Имя',
  lastNameLabel: 'Фамилия',
  emailLabel: 'Электронная почта',
  requiredMarker: '(обязательно)',
  lockedHint: 'Задано на странице; здесь изменить нельзя.',
  selectPlaceholder: 'Выберите…',
  guestsHeading: 'Гости',
  guestsHint: plural(locale, {
    one: 'Можно пригласить до # гостя.',
    few: 'Можно пригласить до # гостей.',
    many: 'Можно пригласить до # гостей.',
    other: 'Можно пригласить до # гостя.',
  }),
  guestEmailLabel: (position) => `Электронная почта гостя ${n(position)}`,
  addGuest: 'Добавить гостя',
  removeGuest: (position) => `Удалить гостя ${n(position)}`,
  guestAdded: 'Гость добавлен',
  guestRemoved: 'Гость удалён',
  consentHeading: 'Согласие',
  processingConsentFallbackLabel: 'Я даю согласие организатору встречи на хранение и обработку моих персональных данных.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Ответьте на вопрос «${label.trim()}».` : `Заполните поле «${label}».`,
  errorEmailFormat: 'Введите адрес электронной почты в формате name@example.com.',
  errorGuestEmailFormat: (position) => `Гость ${n(position)}: введите адрес электронной почты в формате name@example.com.`,
  errorGuestDuplicate: (position) => `Гость ${n(position)} уже есть в списке.`,
  errorGuestIsVisitor: (position) => `У гостя ${n(position)} указан ваш собственный адрес; вы уже приглашены.`,
  errorTooManyGuests: plural(locale, {
    one: 'Можно пригласить не более # гостя.',
    few: 'Можно пригласить не более # гостей.',
    many: 'Можно пригласить не более # гостей.',
    other: 'Можно пригласить не более # гостя.',
  }),
  errorNumber: (label) => `В поле «${label}» должно быть число.`,
  errorDate: (label) => `В поле «${label}» должна быть дата в формате 2025-01-31.`,
  errorTickRequired: (label) => `Отметьте «${label.replace(/[.:]+$/, '')}», чтобы продолжить.`,
  errorSummaryHeading: plural(locale, {
    one: '# поле требует внимания',
    few: '# поля требуют внимания',
    many: '# полей требуют внимания',
    other: '# поля требуют внимания',
  }),
  failureNetwork:
    'Не удалось связаться с сервисом бронирования, поэтому встреча не забронирована. Проверьте подключение к интернету и повторите попытку.',
  failureTimeout:
    'Сервис бронирования слишком долго не отвечал, поэтому неизвестно, забронирована ли встреча. Прежде чем повторять попытку, проверьте, пришло ли письмо с подтверждением.',
  failureRateLimited: optionalPlural(
    'Слишком много попыток за короткое время. Подождите немного и повторите попытку.',
    plural(locale, {
      one: 'Слишком много попыток за короткое время. Подождите # секунду и повторите попытку.',
      few: 'Слишком много попыток за короткое время. Подождите # секунды и повторите попытку.',
      many: 'Слишком много попыток за короткое время. Подождите # секунд и повторите попытку.',
      other: 'Слишком много попыток за короткое время. Подождите # секунды и повторите попытку.',
    }),
  ),
  failureServer: 'В сервисе бронирования произошла ошибка, поэтому встреча не забронирована. Повторите попытку.',
  failureRejected: (message) => `Бронирование не принято: ${message}`,
  failureNotFound: 'Эта страница записи больше не существует, поэтому забронировать встречу не удалось.',
  failureInvalidResponse:
    'Сервис бронирования прислал ответ, который не удалось прочитать, поэтому неизвестно, забронирована ли встреча. Прежде чем повторять попытку, проверьте, пришло ли письмо с подтверждением.',
  retryBooking: 'Повторить попытку',
  bookedHeading: 'Встреча забронирована',
  requestedHeading: 'Запрос на встречу отправлен',
  bookedNotice: 'Для этой встречи создано приглашение в календаре.',
  offlineNotice: 'Приглашение в календаре не создано. Организатору встречи отправлено уведомление, и с вами свяжутся.',
  confirmationDateLabel: 'Дата',
  confirmationTimeLabel: 'Время',
  confirmationTimeZoneLabel: 'Часовой пояс',
  confirmationDurationLabel: 'Продолжительность',
  confirmationSubjectLabel: 'Тема',
  confirmationLocationLabel: 'Место',
  confirmationJoinLabel: 'Видеозвонок',
  confirmationJoinLink: 'Присоединиться к встрече',
  confirmationOrganizerLabel: 'Организатор',
  confirmationGuestsLabel: 'Гости',
  addToCalendarHeading: 'Добавить в календарь',
  meetingTitle: (organizer) => (organizer ? `Встреча: ${organizer}` : 'Встреча'),
  opensInNewTab: '(откроется в новой вкладке)',
  downloadIcs: 'Скачать файл .ics',
  googleCalendar: 'Google Календарь',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Переходим на следующую страницу…',
  redirectLink: 'Перейти сейчас',
  invitationSentTo: (email) => `Приглашение отправлено на ${email}`,
  invitationSent: 'Приглашение в календарь уже в пути.',
  nextStepsHeading: 'Что дальше',
  summaryLabel: 'Сведения о встрече',
  nextAvailable: (date, dateLocale) => `Ближайшее свободное время: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Рекомендуемые',
  failureOffline: 'Нет подключения к интернету: ваши данные сохранены. Ничего не отправлено; нажмите кнопку записи ещё раз, когда подключение восстановится.',
  failureVerification: 'Проверка на робота не пройдена, поэтому встреча не забронирована. Пройдите проверку ещё раз и повторите запись.',
} satisfies Messages;
