// Persian (فارسی). Right to left. Polite plural address ("شما"), as Iranian business software uses.
// Every inserted value is wrapped in isolate().
import { formatFullDate } from '../formatters/formatFullDate';
import { formatMonthYear } from '../formatters/formatMonthYear';
import { formatDuration } from '../formatters/formatDuration';
import { formatList } from '../formatters/formatList';
import { formatNumber } from '../formatters/formatNumber';
import { byErrorKind } from '../grammar/byErrorKind';
import { isolate } from '../grammar/isolate';
import { optionalPlural } from '../grammar/optionalPlural';
import { dayLabel } from '../grammar/dayLabel';
import { plural } from '../grammar/plural';
import type { Messages } from '../Messages';
import { formatWeekdayDayMonth } from '../formatters/formatWeekdayDayMonth';
import { timeZoneOptionText } from '../grammar/timeZoneOptionText';

const locale = 'fa';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);
const people = (names: readonly string[]) => names.map(isolate);

export default {
  // Browse
  widgetLabel: 'رزرو جلسه',
  loading: 'در حال بارگیری زمان‌های آزاد…',
  durationLabel: duration,
  durationTabsLabel: 'مدت جلسه',
  singleDurationLabel: (ms) => `مدت: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# زمان آزاد', other: '# زمان آزاد' }),
    none: 'زمان آزادی وجود ندارد',
    selected: 'انتخاب‌شده',
    separator: '، ',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'ماه قبل',
  nextMonth: 'ماه بعد',
  loadingMonth: 'در حال بارگیری زمان‌ها…',
  noTimesThisMonth: 'در این ماه زمان آزادی وجود ندارد.',
  pickADay: 'برای دیدن زمان‌های آزاد، روزی را انتخاب کنید.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'منطقهٔ زمانی',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name, isolate),
  timeZoneNoMatches: 'منطقهٔ زمانی منطبقی پیدا نشد',
  timeZoneMatches: plural(locale, { one: '# منطقهٔ زمانی', other: '# منطقهٔ زمانی' }),
  hourCycleLabel: 'قالب ساعت',
  hourCycle12: '۱۲ ساعته',
  hourCycle24: '۲۴ ساعته',
  noTimesAvailable: 'زمان آزادی وجود ندارد',
  noTimesAvailableDescription: 'در حال حاضر در این صفحهٔ رزرو زمان آزادی وجود ندارد. لطفاً بعداً دوباره سر بزنید.',
  pageNotFound: 'این صفحهٔ رزرو پیدا نشد',
  pageNotFoundDescription: 'پیوند را بررسی کنید یا از برگزارکننده پیوند جدیدی بخواهید.',
  loadFailed: 'زمان‌های آزاد بارگیری نشد',
  errorDescription: byErrorKind({
    offline: 'اتصال اینترنت برقرار نیست. زمان‌ها پس از برقراری اتصال بارگیری می‌شوند.',
    network: 'ارتباط با سرویس رزرو برقرار نشد. اتصال خود را بررسی و دوباره تلاش کنید.',
    timeout: 'پاسخ سرویس رزرو بیش از حد طول کشید. لطفاً دوباره تلاش کنید.',
    'rate-limited': 'همین حالا درخواست‌های زیادی ارسال شد. لطفاً کمی صبر کنید و دوباره تلاش کنید.',
    server: 'سرویس رزرو با مشکل روبه‌رو شد. لطفاً دوباره تلاش کنید.',
    'invalid-response': 'پاسخ سرویس رزرو قابل خواندن نبود. لطفاً بعداً دوباره تلاش کنید.',
    other: 'هنگام بارگیری این صفحهٔ رزرو مشکلی پیش آمد. لطفاً دوباره تلاش کنید.',
  }),
  unexpectedError: 'در ابزار رزرو مشکلی پیش آمد. لطفاً صفحه را دوباره بارگیری کنید.',
  tryAgain: 'تلاش دوباره',
  slotTaken: 'این زمان همین حالا رزرو شد. لطفاً زمان دیگری انتخاب کنید.',
  dismiss: 'بستن',
  roundRobinMembers: (names) => `با یکی از این افراد جلسه خواهید داشت: ${formatList(people(names), locale, 'disjunction')}`,
  groupMembers: (names) => `با این افراد جلسه خواهید داشت: ${formatList(people(names), locale)}`,
  locationLabel: 'مکان',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'رزرو جلسه',
  bookingInProgress: 'در حال رزرو…',
  bookingStepHeading: 'اطلاعات شما',
  slotSummaryLabel: 'زمان انتخاب‌شده',
  changeSlot: 'تغییر',
  changeSlotLabel: 'تغییر زمان انتخاب‌شده',
  firstNameLabel: 'نام',
  lastNameLabel: 'نام خانوادگی',
  emailLabel: 'ایمیل',
  requiredMarker: '(الزامی)',
  lockedHint: 'توسط صفحه تعیین شده است؛ اینجا قابل تغییر نیست.',
  selectPlaceholder: 'انتخاب کنید…',
  guestsHeading: 'مهمانان',
  guestsHint: plural(locale, { one: 'می‌توانید حداکثر # مهمان دعوت کنید.', other: 'می‌توانید حداکثر # مهمان دعوت کنید.' }),
  guestEmailLabel: (position) => `ایمیل مهمان ${n(position)}`,
  addGuest: 'افزودن مهمان',
  removeGuest: (position) => `حذف مهمان ${n(position)}`,
  guestAdded: 'مهمان افزوده شد',
  guestRemoved: 'مهمان حذف شد',
  consentHeading: 'رضایت',
  processingConsentFallbackLabel: 'موافقم که برگزارکننده اطلاعات شخصی مرا ذخیره و پردازش کند.',
  errorRequired: (label) =>
    /[?؟]$/.test(label.trim()) ? `لطفاً به «${isolate(label.trim())}» پاسخ دهید.` : `پر کردن «${isolate(label)}» الزامی است.`,
  errorEmailFormat: `نشانی ایمیلی مانند ${isolate('name@example.com')} وارد کنید.`,
  errorGuestEmailFormat: (position) => `مهمان ${n(position)}: نشانی ایمیلی مانند ${isolate('name@example.com')} وارد کنید.`,
  errorGuestDuplicate: (position) => `مهمان ${n(position)} از قبل در فهرست هست.`,
  errorGuestIsVisitor: (position) => `ایمیل مهمان ${n(position)} ایمیل خود شماست؛ شما از قبل دعوت شده‌اید.`,
  errorTooManyGuests: plural(locale, { one: 'حداکثر # مهمان می‌توانید دعوت کنید.', other: 'حداکثر # مهمان می‌توانید دعوت کنید.' }),
  errorNumber: (label) => `مقدار «${isolate(label)}» باید عدد باشد.`,
  errorDate: (label) => `مقدار «${isolate(label)}» باید تاریخی مانند ${isolate('2025-01-31')} باشد.`,
  errorTickRequired: (label) => `برای ادامه، «${isolate(label.replace(/[.:]+$/, ''))}» را علامت بزنید.`,
  errorSummaryHeading: plural(locale, { one: '# فیلد نیاز به بررسی دارد', other: '# فیلد نیاز به بررسی دارند' }),
  failureNetwork: 'ارتباط با سرویس رزرو برقرار نشد، بنابراین جلسه رزرو نشد. اتصال خود را بررسی و دوباره تلاش کنید.',
  failureTimeout:
    'پاسخ سرویس رزرو بیش از حد طول کشید، بنابراین معلوم نیست جلسه رزرو شده است یا نه. پیش از تلاش دوباره، ایمیل خود را برای پیام تأیید بررسی کنید.',
  failureRateLimited: optionalPlural(
    'تلاش‌های زیادی در مدت کوتاهی انجام شد. لطفاً کمی صبر کنید و دوباره تلاش کنید.',
    plural(locale, {
      one: 'تلاش‌های زیادی در مدت کوتاهی انجام شد. لطفاً # ثانیه صبر کنید و دوباره تلاش کنید.',
      other: 'تلاش‌های زیادی در مدت کوتاهی انجام شد. لطفاً # ثانیه صبر کنید و دوباره تلاش کنید.',
    }),
  ),
  failureServer: 'در سرویس رزرو مشکلی پیش آمد، بنابراین جلسه رزرو نشد. لطفاً دوباره تلاش کنید.',
  failureRejected: (message) => `رزرو پذیرفته نشد: ${isolate(message)}`,
  failureNotFound: 'این صفحهٔ رزرو دیگر وجود ندارد، بنابراین جلسه رزرو نشد.',
  failureInvalidResponse:
    'پاسخ سرویس رزرو قابل خواندن نبود، بنابراین معلوم نیست جلسه رزرو شده است یا نه. پیش از تلاش دوباره، ایمیل خود را برای پیام تأیید بررسی کنید.',
  retryBooking: 'تلاش دوباره',
  bookedHeading: 'جلسه رزرو شد',
  requestedHeading: 'درخواست جلسه ارسال شد',
  bookedNotice: 'برای این جلسه یک دعوت‌نامهٔ تقویم ایجاد شد.',
  offlineNotice: 'دعوت‌نامهٔ تقویمی ایجاد نشد. به برگزارکننده اطلاع داده شد و با شما تماس خواهد گرفت.',
  confirmationDateLabel: 'تاریخ',
  confirmationTimeLabel: 'ساعت',
  confirmationTimeZoneLabel: 'منطقهٔ زمانی',
  confirmationDurationLabel: 'مدت',
  confirmationSubjectLabel: 'موضوع',
  confirmationLocationLabel: 'مکان',
  confirmationJoinLabel: 'تماس تصویری',
  confirmationJoinLink: 'پیوستن به جلسه',
  confirmationOrganizerLabel: 'برگزارکننده',
  confirmationGuestsLabel: 'مهمانان',
  addToCalendarHeading: 'افزودن به تقویم',
  meetingTitle: (organizer) => (organizer ? `جلسه با ${isolate(organizer)}` : 'جلسه'),
  opensInNewTab: '(در برگهٔ جدید باز می‌شود)',
  downloadIcs: `بارگیری فایل ${isolate('.ics')}`,
  googleCalendar: `تقویم ${isolate('Google')}`,
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'در حال انتقال به صفحهٔ بعد…',
  redirectLink: 'ادامه',
  invitationSentTo: (email) => `دعوت‌نامه به ${isolate(email)} ارسال شد`,
  invitationSent: 'دعوت‌نامهٔ تقویم در راه است.',
  nextStepsHeading: 'مرحلهٔ بعد',
  summaryLabel: 'جزئیات جلسه',
  nextAvailable: (date, dateLocale) => `نزدیک‌ترین زمان آزاد: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'پیشنهادی',
  failureOffline: 'اتصال اینترنت برقرار نیست: اطلاعات شما حفظ شده است. چیزی ارسال نشد؛ پس از برقراری اتصال، دوباره دکمهٔ رزرو را بزنید.',
  failureVerification: 'بررسی ربات نبودن شما موفق نبود، بنابراین جلسه رزرو نشد. بررسی را دوباره انجام دهید و سپس رزرو کنید.',
} satisfies Messages;
