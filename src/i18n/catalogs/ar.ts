// Arabic (العربية). Modern Standard Arabic, right to left. Gender-neutral phrasing ("يُرجى" with a
// verbal noun) as Arabic business software uses. Every inserted value is wrapped in isolate().
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

const locale = 'ar';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);
const people = (names: readonly string[]) => names.map(isolate);

export default {
  // Browse
  widgetLabel: 'حجز اجتماع',
  loading: 'جارٍ تحميل الأوقات المتاحة…',
  durationLabel: duration,
  durationTabsLabel: 'مدة الاجتماع',
  singleDurationLabel: (ms) => `المدة: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { zero: 'لا توجد أوقات متاحة', one: 'وقت واحد متاح', two: 'وقتان متاحان', few: '# أوقات متاحة', many: '# وقتًا متاحًا', other: '# وقت متاح' }),
    none: 'لا توجد أوقات متاحة',
    selected: 'محدد',
    separator: '، ',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'الشهر السابق',
  nextMonth: 'الشهر التالي',
  loadingMonth: 'جارٍ تحميل الأوقات…',
  noTimesThisMonth: 'لا توجد أوقات متاحة في هذا الشهر.',
  pickADay: 'اختر يومًا لعرض الأوقات المتاحة فيه.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'المنطقة الزمنية',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name, isolate),
  timeZoneNoMatches: 'لا توجد منطقة زمنية مطابقة',
  timeZoneMatches: plural(locale, {
    zero: 'لا توجد مناطق زمنية',
    one: 'منطقة زمنية واحدة',
    two: 'منطقتان زمنيتان',
    few: '# مناطق زمنية',
    many: '# منطقة زمنية',
    other: '# منطقة زمنية',
  }),
  hourCycleLabel: 'تنسيق الوقت',
  hourCycle12: '12 ساعة',
  hourCycle24: '24 ساعة',
  noTimesAvailable: 'لا توجد أوقات متاحة',
  noTimesAvailableDescription: 'لا توجد أوقات متاحة في صفحة الحجز هذه حاليًا. يُرجى العودة لاحقًا.',
  pageNotFound: 'تعذّر العثور على صفحة الحجز هذه',
  pageNotFoundDescription: 'يُرجى التحقق من الرابط، أو طلب رابط جديد من منظِّم الاجتماع.',
  loadFailed: 'تعذّر تحميل الأوقات المتاحة',
  errorDescription: byErrorKind({
    offline: 'أنت غير متصل بالإنترنت. ستُحمَّل المواعيد عند عودة الاتصال.',
    network: 'تعذّر الاتصال بخدمة الحجز. يُرجى التحقق من اتصالك ثم المحاولة مرة أخرى.',
    timeout: 'استغرقت خدمة الحجز وقتًا طويلًا في الرد. يُرجى المحاولة مرة أخرى.',
    'rate-limited': 'وصلت طلبات كثيرة جدًا للتو. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.',
    server: 'حدثت مشكلة في خدمة الحجز. يُرجى المحاولة مرة أخرى.',
    'invalid-response': 'أرسلت خدمة الحجز ردًا تعذّرت قراءته. يُرجى المحاولة مرة أخرى لاحقًا.',
    other: 'حدث خطأ أثناء تحميل صفحة الحجز هذه. يُرجى المحاولة مرة أخرى.',
  }),
  unexpectedError: 'حدث خطأ في أداة الحجز. يُرجى إعادة تحميل الصفحة.',
  tryAgain: 'إعادة المحاولة',
  slotTaken: 'حُجز هذا الوقت للتو. يُرجى اختيار وقت آخر.',
  dismiss: 'إغلاق',
  roundRobinMembers: (names) => `سيحضر الاجتماع أحد هؤلاء الأشخاص: ${formatList(people(names), locale, 'disjunction')}`,
  groupMembers: (names) => `المشاركون في الاجتماع: ${formatList(people(names), locale)}`,
  locationLabel: 'المكان',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'حجز الاجتماع',
  bookingInProgress: 'جارٍ الحجز…',
  bookingStepHeading: 'بياناتك',
  slotSummaryLabel: 'الوقت المحدد',
  changeSlot: 'تغيير',
  changeSlotLabel: 'تغيير الوقت المحدد',
  firstNameLabel: 'الاسم الأول',
  lastNameLabel: 'اسم العائلة',
  emailLabel: 'البريد الإلكتروني',
  requiredMarker: '(مطلوب)',
  lockedHint: 'حددته الصفحة؛ ولا يمكن تغييره هنا.',
  selectPlaceholder: 'اختر…',
  guestsHeading: 'الضيوف',
  guestsHint: plural(locale, {
    zero: 'لا يمكن دعوة ضيوف.',
    one: 'يمكنك دعوة ضيف واحد كحد أقصى.',
    two: 'يمكنك دعوة ضيفين كحد أقصى.',
    few: 'يمكنك دعوة ما يصل إلى # ضيوف.',
    many: 'يمكنك دعوة ما يصل إلى # ضيفًا.',
    other: 'يمكنك دعوة ما يصل إلى # ضيف.',
  }),
  guestEmailLabel: (position) => `البريد الإلكتروني للضيف ${n(position)}`,
  addGuest: 'إضافة ضيف',
  removeGuest: (position) => `إزالة الضيف ${n(position)}`,
  guestAdded: 'تمت إضافة الضيف',
  guestRemoved: 'تمت إزالة الضيف',
  consentHeading: 'الموافقة',
  processingConsentFallbackLabel: 'أوافق على أن يخزّن منظِّم الاجتماع بياناتي الشخصية ويعالجها.',
  errorRequired: (label) =>
    /[?؟]$/.test(label.trim()) ? `يُرجى الإجابة عن «${isolate(label.trim())}».` : `الحقل «${isolate(label)}» مطلوب.`,
  errorEmailFormat: `يُرجى إدخال عنوان بريد إلكتروني مثل ${isolate('name@example.com')}.`,
  errorGuestEmailFormat: (position) => `الضيف ${n(position)}: يُرجى إدخال عنوان بريد إلكتروني مثل ${isolate('name@example.com')}.`,
  errorGuestDuplicate: (position) => `الضيف ${n(position)} موجود في القائمة بالفعل.`,
  errorGuestIsVisitor: (position) => `عنوان الضيف ${n(position)} هو بريدك الإلكتروني؛ فقد تمت دعوتك بالفعل.`,
  errorTooManyGuests: plural(locale, {
    zero: 'لا يمكن دعوة أي ضيف.',
    one: 'يمكنك دعوة ضيف واحد فقط.',
    two: 'يمكنك دعوة ضيفين على الأكثر.',
    few: 'يمكنك دعوة # ضيوف على الأكثر.',
    many: 'يمكنك دعوة # ضيفًا على الأكثر.',
    other: 'يمكنك دعوة # ضيف على الأكثر.',
  }),
  errorNumber: (label) => `يجب أن تكون قيمة «${isolate(label)}» رقمًا.`,
  errorDate: (label) => `يجب أن تكون قيمة «${isolate(label)}» تاريخًا مثل ${isolate('2025-01-31')}.`,
  errorTickRequired: (label) => `يُرجى تحديد «${isolate(label.replace(/[.:]+$/, ''))}» للمتابعة.`,
  errorSummaryHeading: plural(locale, {
    zero: 'لا توجد حقول تحتاج إلى مراجعة',
    one: 'حقل واحد يحتاج إلى مراجعة',
    two: 'حقلان يحتاجان إلى مراجعة',
    few: '# حقول تحتاج إلى مراجعة',
    many: '# حقلًا تحتاج إلى مراجعة',
    other: '# حقل تحتاج إلى مراجعة',
  }),
  failureNetwork: 'تعذّر الاتصال بخدمة الحجز، لذا لم يُحجز الاجتماع. يُرجى التحقق من اتصالك ثم المحاولة مرة أخرى.',
  failureTimeout:
    'استغرقت خدمة الحجز وقتًا طويلًا في الرد، لذا لا يُعرف ما إذا كان الاجتماع قد حُجز. يُرجى التحقق من وصول رسالة تأكيد إلى بريدك الإلكتروني قبل المحاولة مرة أخرى.',
  failureRateLimited: optionalPlural(
    'محاولات كثيرة جدًا خلال وقت قصير. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.',
    plural(locale, {
      zero: 'محاولات كثيرة جدًا خلال وقت قصير. يمكنك المحاولة مرة أخرى الآن.',
      one: 'محاولات كثيرة جدًا خلال وقت قصير. يُرجى الانتظار ثانية واحدة ثم المحاولة مرة أخرى.',
      two: 'محاولات كثيرة جدًا خلال وقت قصير. يُرجى الانتظار ثانيتين ثم المحاولة مرة أخرى.',
      few: 'محاولات كثيرة جدًا خلال وقت قصير. يُرجى الانتظار # ثوانٍ ثم المحاولة مرة أخرى.',
      many: 'محاولات كثيرة جدًا خلال وقت قصير. يُرجى الانتظار # ثانية ثم المحاولة مرة أخرى.',
      other: 'محاولات كثيرة جدًا خلال وقت قصير. يُرجى الانتظار # ثانية ثم المحاولة مرة أخرى.',
    }),
  ),
  failureServer: 'حدث خطأ في خدمة الحجز، لذا لم يُحجز الاجتماع. يُرجى المحاولة مرة أخرى.',
  failureRejected: (message) => `لم يُقبل الحجز: ${isolate(message)}`,
  failureNotFound: 'صفحة الحجز هذه لم تعد موجودة، لذا تعذّر حجز الاجتماع.',
  failureInvalidResponse:
    'أرسلت خدمة الحجز ردًا تعذّرت قراءته، لذا لا يُعرف ما إذا كان الاجتماع قد حُجز. يُرجى التحقق من وصول رسالة تأكيد إلى بريدك الإلكتروني قبل المحاولة مرة أخرى.',
  retryBooking: 'إعادة المحاولة',
  bookedHeading: 'تم حجز الاجتماع',
  requestedHeading: 'تم إرسال طلب الاجتماع',
  bookedNotice: 'تم إنشاء دعوة تقويم لهذا الاجتماع.',
  offlineNotice: 'لم تُنشأ دعوة تقويم. تم إبلاغ منظِّم الاجتماع، وسيتواصل معك.',
  confirmationDateLabel: 'التاريخ',
  confirmationTimeLabel: 'الوقت',
  confirmationTimeZoneLabel: 'المنطقة الزمنية',
  confirmationDurationLabel: 'المدة',
  confirmationSubjectLabel: 'الموضوع',
  confirmationLocationLabel: 'المكان',
  confirmationJoinLabel: 'مكالمة الفيديو',
  confirmationJoinLink: 'الانضمام إلى الاجتماع',
  confirmationOrganizerLabel: 'المنظِّم',
  confirmationGuestsLabel: 'الضيوف',
  addToCalendarHeading: 'إضافة إلى التقويم',
  meetingTitle: (organizer) => (organizer ? `اجتماع مع ${isolate(organizer)}` : 'اجتماع'),
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  downloadIcs: `تنزيل ملف ${isolate('.ics')}`,
  googleCalendar: `تقويم ${isolate('Google')}`,
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'جارٍ نقلك إلى الصفحة التالية…',
  redirectLink: 'المتابعة الآن',
  invitationSentTo: (email) => `أُرسلت الدعوة إلى ${isolate(email)}`,
  invitationSent: 'دعوة التقويم في الطريق إليك.',
  nextStepsHeading: 'ما الخطوة التالية',
  summaryLabel: 'تفاصيل الاجتماع',
  nextAvailable: (date, dateLocale) => `أقرب موعد متاح: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'مقترحة',
  failureOffline: 'أنت غير متصل بالإنترنت: بياناتك محفوظة. لم يُرسَل أي شيء؛ اضغط زر الحجز مرة أخرى عند عودة الاتصال.',
  failureVerification: 'لم يُجتز التحقق من أنك لست روبوتًا، لذلك لم يُحجز الاجتماع. أكمل التحقق مرة أخرى ثم احجز.',
} satisfies Messages;
