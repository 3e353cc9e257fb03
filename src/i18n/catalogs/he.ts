// Hebrew (עברית). Right to left. Gender-neutral phrasing (infinitives: "יש לבחור", "אפשר להזמין"),
// as Israeli business software uses. Every inserted value is wrapped in isolate().
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

const locale = 'he';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);
const people = (names: readonly string[]) => names.map(isolate);

export default {
  // Browse
  widgetLabel: 'קביעת פגישה',
  loading: 'המועדים הפנויים נטענים…',
  durationLabel: duration,
  durationTabsLabel: 'משך הפגישה',
  singleDurationLabel: (ms) => `משך: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: 'מועד פנוי אחד', two: 'שני מועדים פנויים', other: '# מועדים פנויים' }),
    none: 'אין מועדים פנויים',
    selected: 'נבחר',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'החודש הקודם',
  nextMonth: 'החודש הבא',
  loadingMonth: 'המועדים נטענים…',
  noTimesThisMonth: 'אין מועדים פנויים החודש.',
  pickADay: 'יש לבחור יום כדי לראות את המועדים הפנויים בו.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'אזור זמן',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name, isolate),
  timeZoneNoMatches: 'לא נמצא אזור זמן מתאים',
  timeZoneMatches: plural(locale, { one: 'אזור זמן אחד', two: 'שני אזורי זמן', other: '# אזורי זמן' }),
  hourCycleLabel: 'תבנית שעה',
  hourCycle12: '12 שעות',
  hourCycle24: '24 שעות',
  noTimesAvailable: 'אין מועדים פנויים',
  noTimesAvailableDescription: 'אין כרגע מועדים פנויים בדף התזמון הזה. כדאי לבדוק שוב מאוחר יותר.',
  pageNotFound: 'דף התזמון הזה לא נמצא',
  pageNotFoundDescription: 'יש לבדוק את הקישור או לבקש קישור חדש ממארגן הפגישה.',
  loadFailed: 'לא ניתן היה לטעון את המועדים הפנויים',
  errorDescription: byErrorKind({
    offline: 'אין חיבור לאינטרנט. המועדים ייטענו כשהחיבור יחזור.',
    network: 'לא ניתן היה להתחבר לשירות התזמון. יש לבדוק את החיבור ולנסות שוב.',
    timeout: 'שירות התזמון לא הגיב בזמן. יש לנסות שוב.',
    'rate-limited': 'נשלחו יותר מדי בקשות ממש עכשיו. יש להמתין רגע ולנסות שוב.',
    server: 'אירעה בעיה בשירות התזמון. יש לנסות שוב.',
    'invalid-response': 'שירות התזמון שלח תשובה שלא ניתן היה לקרוא. יש לנסות שוב מאוחר יותר.',
    other: 'משהו השתבש בטעינת דף התזמון הזה. יש לנסות שוב.',
  }),
  unexpectedError: 'משהו השתבש בכלי התזמון. יש לטעון מחדש את הדף.',
  tryAgain: 'ניסיון נוסף',
  slotTaken: 'המועד הזה נתפס זה עתה. יש לבחור מועד אחר.',
  dismiss: 'סגירה',
  roundRobinMembers: (names) => `הפגישה תהיה עם אחד מהאנשים האלה: ${formatList(people(names), locale, 'disjunction')}`,
  groupMembers: (names) => `משתתפי הפגישה: ${formatList(people(names), locale)}`,
  locationLabel: 'מיקום',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'קביעת הפגישה',
  bookingInProgress: 'הפגישה נקבעת…',
  bookingStepHeading: 'הפרטים שלך',
  slotSummaryLabel: 'המועד שנבחר',
  changeSlot: 'שינוי',
  changeSlotLabel: 'שינוי המועד שנבחר',
  firstNameLabel: 'שם פרטי',
  lastNameLabel: 'שם משפחה',
  emailLabel: 'אימייל',
  requiredMarker: '(שדה חובה)',
  lockedHint: 'נקבע על ידי הדף; אי אפשר לשנות אותו כאן.',
  selectPlaceholder: 'בחירה…',
  guestsHeading: 'אורחים',
  guestsHint: plural(locale, {
    one: 'אפשר להזמין אורח אחד לכל היותר.',
    two: 'אפשר להזמין עד שני אורחים.',
    other: 'אפשר להזמין עד # אורחים.',
  }),
  guestEmailLabel: (position) => `האימייל של אורח ${n(position)}`,
  addGuest: 'הוספת אורח',
  removeGuest: (position) => `הסרת אורח ${n(position)}`,
  guestAdded: 'האורח נוסף',
  guestRemoved: 'האורח הוסר',
  consentHeading: 'הסכמה',
  processingConsentFallbackLabel: 'אני מסכים/ה שמארגן הפגישה ישמור ויעבד את המידע האישי שלי.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `יש לענות על "${isolate(label.trim())}".` : `השדה "${isolate(label)}" הוא שדה חובה.`,
  errorEmailFormat: `יש להזין כתובת אימייל כמו ${isolate('name@example.com')}.`,
  errorGuestEmailFormat: (position) => `אורח ${n(position)}: יש להזין כתובת אימייל כמו ${isolate('name@example.com')}.`,
  errorGuestDuplicate: (position) => `אורח ${n(position)} כבר מופיע ברשימה.`,
  errorGuestIsVisitor: (position) => `הכתובת של אורח ${n(position)} היא האימייל שלך; ההזמנה שלך כבר קיימת.`,
  errorTooManyGuests: plural(locale, {
    one: 'אפשר להזמין אורח אחד בלבד.',
    two: 'אפשר להזמין שני אורחים לכל היותר.',
    other: 'אפשר להזמין # אורחים לכל היותר.',
  }),
  errorNumber: (label) => `השדה "${isolate(label)}" חייב להכיל מספר.`,
  errorDate: (label) => `השדה "${isolate(label)}" חייב להכיל תאריך כמו ${isolate('2025-01-31')}.`,
  errorTickRequired: (label) => `כדי להמשיך יש לסמן את "${isolate(label.replace(/[.:]+$/, ''))}".`,
  errorSummaryHeading: plural(locale, {
    one: 'שדה אחד דורש תשומת לב',
    two: 'שני שדות דורשים תשומת לב',
    other: '# שדות דורשים תשומת לב',
  }),
  failureNetwork: 'לא ניתן היה להתחבר לשירות ההזמנות, ולכן הפגישה לא נקבעה. יש לבדוק את החיבור ולנסות שוב.',
  failureTimeout:
    'שירות ההזמנות לא הגיב בזמן, ולכן לא ידוע אם הפגישה נקבעה. לפני ניסיון נוסף כדאי לבדוק אם הגיע אימייל אישור.',
  failureRateLimited: optionalPlural(
    'יותר מדי ניסיונות בזמן קצר. יש להמתין רגע ולנסות שוב.',
    plural(locale, {
      one: 'יותר מדי ניסיונות בזמן קצר. יש להמתין שנייה אחת ולנסות שוב.',
      two: 'יותר מדי ניסיונות בזמן קצר. יש להמתין שתי שניות ולנסות שוב.',
      other: 'יותר מדי ניסיונות בזמן קצר. יש להמתין # שניות ולנסות שוב.',
    }),
  ),
  failureServer: 'משהו השתבש בשירות ההזמנות, ולכן הפגישה לא נקבעה. יש לנסות שוב.',
  failureRejected: (message) => `ההזמנה לא התקבלה: ${isolate(message)}`,
  failureNotFound: 'דף התזמון הזה כבר לא קיים, ולכן לא ניתן היה לקבוע את הפגישה.',
  failureInvalidResponse:
    'שירות ההזמנות שלח תשובה שלא ניתן היה לקרוא, ולכן לא ידוע אם הפגישה נקבעה. לפני ניסיון נוסף כדאי לבדוק אם הגיע אימייל אישור.',
  retryBooking: 'ניסיון נוסף',
  bookedHeading: 'הפגישה נקבעה',
  requestedHeading: 'בקשת הפגישה נשלחה',
  bookedNotice: 'נוצרה הזמנה ביומן לפגישה הזו.',
  offlineNotice: 'לא נוצרה הזמנה ביומן. מארגן הפגישה קיבל הודעה וייצור איתך קשר.',
  confirmationDateLabel: 'תאריך',
  confirmationTimeLabel: 'שעה',
  confirmationTimeZoneLabel: 'אזור זמן',
  confirmationDurationLabel: 'משך',
  confirmationSubjectLabel: 'נושא',
  confirmationLocationLabel: 'מיקום',
  confirmationJoinLabel: 'שיחת וידאו',
  confirmationJoinLink: 'הצטרפות לפגישה',
  confirmationOrganizerLabel: 'מארגן/ת',
  confirmationGuestsLabel: 'אורחים',
  addToCalendarHeading: 'הוספה ליומן',
  meetingTitle: (organizer) => (organizer ? `פגישה עם ${isolate(organizer)}` : 'פגישה'),
  opensInNewTab: '(נפתח בכרטיסייה חדשה)',
  downloadIcs: `הורדת קובץ ${isolate('.ics')}`,
  googleCalendar: `יומן ${isolate('Google')}`,
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'מעבר לדף הבא…',
  redirectLink: 'המשך עכשיו',
  invitationSentTo: (email) => `ההזמנה נשלחה אל ${isolate(email)}`,
  invitationSent: 'הזמנה ליומן בדרך אליך.',
  nextStepsHeading: 'מה קורה עכשיו',
  summaryLabel: 'פרטי הפגישה',
  nextAvailable: (date, dateLocale) => `הזמינות הקרובה: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'מוצעים',
  failureOffline: 'אין חיבור לאינטרנט: הפרטים שלך נשמרו. שום דבר לא נשלח; יש ללחוץ שוב על כפתור ההזמנה כשהחיבור יחזור.',
  failureVerification: 'הבדיקה שאינך רובוט לא עברה, ולכן הפגישה לא נקבעה. יש להשלים שוב את הבדיקה ואז לקבוע.',
} satisfies Messages;
