// Thai (ไทย). Neutral polite register without ค่ะ/ครับ, as Thai business software uses.
// Thai ends sentences without a full stop; a space separates sentences.
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

const locale = 'th';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'นัดหมายการประชุม',
  loading: 'กำลังโหลดเวลาที่ว่าง…',
  durationLabel: duration,
  durationTabsLabel: 'ระยะเวลาการประชุม',
  singleDurationLabel: (ms) => `ระยะเวลา: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { other: 'ว่าง # ช่วงเวลา' }),
    none: 'ไม่มีเวลาว่าง',
    selected: 'เลือกแล้ว',
    separator: ' ',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'เดือนก่อนหน้า',
  nextMonth: 'เดือนถัดไป',
  loadingMonth: 'กำลังโหลดเวลา…',
  noTimesThisMonth: 'ไม่มีเวลาว่างในเดือนนี้',
  pickADay: 'เลือกวันเพื่อดูเวลาที่ว่าง',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'เขตเวลา',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'ไม่พบเขตเวลาที่ตรงกัน',
  timeZoneMatches: plural(locale, { other: '# เขตเวลา' }),
  hourCycleLabel: 'รูปแบบเวลา',
  hourCycle12: '12 ชั่วโมง',
  hourCycle24: '24 ชั่วโมง',
  noTimesAvailable: 'ไม่มีเวลาว่าง',
  noTimesAvailableDescription: 'ขณะนี้หน้านัดหมายนี้ยังไม่มีเวลาว่าง โปรดกลับมาตรวจสอบอีกครั้งในภายหลัง',
  pageNotFound: 'ไม่พบหน้านัดหมายนี้',
  pageNotFoundDescription: 'โปรดตรวจสอบลิงก์ หรือขอลิงก์ใหม่จากผู้จัด',
  loadFailed: 'ไม่สามารถโหลดเวลาที่ว่างได้',
  errorDescription: byErrorKind({
    offline: 'คุณออฟไลน์อยู่ ระบบจะโหลดเวลาเมื่อคุณกลับมาออนไลน์',
    network: 'ไม่สามารถเชื่อมต่อกับบริการนัดหมายได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
    timeout: 'บริการนัดหมายใช้เวลาตอบกลับนานเกินไป โปรดลองอีกครั้ง',
    'rate-limited': 'ขณะนี้มีคำขอมากเกินไป โปรดรอสักครู่แล้วลองอีกครั้ง',
    server: 'บริการนัดหมายเกิดปัญหา โปรดลองอีกครั้ง',
    'invalid-response': 'ไม่สามารถอ่านการตอบกลับจากบริการนัดหมายได้ โปรดลองอีกครั้งในภายหลัง',
    other: 'เกิดข้อผิดพลาดขณะโหลดหน้านัดหมายนี้ โปรดลองอีกครั้ง',
  }),
  unexpectedError: 'เครื่องมือนัดหมายเกิดข้อผิดพลาด โปรดโหลดหน้านี้ใหม่',
  tryAgain: 'ลองอีกครั้ง',
  slotTaken: 'เวลานี้เพิ่งมีผู้จองไปแล้ว โปรดเลือกเวลาอื่น',
  dismiss: 'ปิด',
  roundRobinMembers: (names) => `คุณจะได้พบกับหนึ่งในบุคคลต่อไปนี้: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `คุณจะได้พบกับ: ${formatList(names, locale)}`,
  locationLabel: 'สถานที่',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'จองการประชุม',
  bookingInProgress: 'กำลังจอง…',
  bookingStepHeading: 'กรอกข้อมูลของคุณ',
  slotSummaryLabel: 'เวลาที่เลือก',
  changeSlot: 'เปลี่ยน',
  changeSlotLabel: 'เปลี่ยนเวลาที่เลือก',
  firstNameLabel: 'ชื่อ',
  lastNameLabel: 'นามสกุล',
  emailLabel: 'อีเมล',
  requiredMarker: '(จำเป็น)',
  lockedHint: 'หน้านี้กำหนดไว้แล้ว ไม่สามารถเปลี่ยนแปลงได้ที่นี่',
  selectPlaceholder: 'เลือก…',
  guestsHeading: 'ผู้เข้าร่วม',
  guestsHint: plural(locale, { other: 'คุณสามารถเชิญผู้เข้าร่วมได้สูงสุด # คน' }),
  guestEmailLabel: (position) => `อีเมลของผู้เข้าร่วมคนที่ ${n(position)}`,
  addGuest: 'เพิ่มผู้เข้าร่วม',
  removeGuest: (position) => `นำผู้เข้าร่วมคนที่ ${n(position)} ออก`,
  guestAdded: 'เพิ่มผู้เข้าร่วมแล้ว',
  guestRemoved: 'นำผู้เข้าร่วมออกแล้ว',
  consentHeading: 'ความยินยอม',
  processingConsentFallbackLabel: 'ข้าพเจ้ายินยอมให้ผู้จัดจัดเก็บและประมวลผลข้อมูลส่วนบุคคลของข้าพเจ้า',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `โปรดตอบ “${label.trim()}”` : `โปรดกรอก “${label}” ซึ่งเป็นช่องที่จำเป็น`,
  errorEmailFormat: 'โปรดป้อนอีเมลในรูปแบบ name@example.com',
  errorGuestEmailFormat: (position) => `ผู้เข้าร่วมคนที่ ${n(position)}: โปรดป้อนอีเมลในรูปแบบ name@example.com`,
  errorGuestDuplicate: (position) => `ผู้เข้าร่วมคนที่ ${n(position)} อยู่ในรายชื่อแล้ว`,
  errorGuestIsVisitor: (position) => `ผู้เข้าร่วมคนที่ ${n(position)} เป็นอีเมลของคุณเอง ซึ่งคุณได้รับเชิญอยู่แล้ว`,
  errorTooManyGuests: plural(locale, { other: 'คุณเชิญผู้เข้าร่วมได้ไม่เกิน # คน' }),
  errorNumber: (label) => `“${label}” ต้องเป็นตัวเลข`,
  errorDate: (label) => `“${label}” ต้องเป็นวันที่ในรูปแบบ 2025-01-31`,
  errorTickRequired: (label) => `โปรดเลือก “${label.replace(/[.:]+$/, '')}” เพื่อดำเนินการต่อ`,
  errorSummaryHeading: plural(locale, { other: 'มี # ช่องที่ต้องตรวจสอบ' }),
  failureNetwork: 'ไม่สามารถเชื่อมต่อกับบริการจองได้ จึงยังไม่ได้จองการประชุม โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  failureTimeout:
    'บริการจองใช้เวลาตอบกลับนานเกินไป จึงไม่ทราบว่าการประชุมได้รับการจองแล้วหรือไม่ โปรดตรวจสอบอีเมลยืนยันในกล่องจดหมายก่อนลองอีกครั้ง',
  failureRateLimited: optionalPlural(
    'มีการลองหลายครั้งเกินไปในเวลาอันสั้น โปรดรอสักครู่แล้วลองอีกครั้ง',
    plural(locale, {
      other: 'มีการลองหลายครั้งเกินไปในเวลาอันสั้น โปรดรอ # วินาทีแล้วลองอีกครั้ง',
    }),
  ),
  failureServer: 'บริการจองเกิดปัญหา จึงยังไม่ได้จองการประชุม โปรดลองอีกครั้ง',
  failureRejected: (message) => `การจองไม่ได้รับการยอมรับ: ${message}`,
  failureNotFound: 'หน้านัดหมายนี้ไม่มีอยู่แล้ว จึงไม่สามารถจองการประชุมได้',
  failureInvalidResponse:
    'ไม่สามารถอ่านการตอบกลับจากบริการจองได้ จึงไม่ทราบว่าการประชุมได้รับการจองแล้วหรือไม่ โปรดตรวจสอบอีเมลยืนยันในกล่องจดหมายก่อนลองอีกครั้ง',
  retryBooking: 'ลองอีกครั้ง',
  bookedHeading: 'จองการประชุมแล้ว',
  requestedHeading: 'ส่งคำขอนัดประชุมแล้ว',
  bookedNotice: 'สร้างคำเชิญในปฏิทินสำหรับการประชุมนี้แล้ว',
  offlineNotice: 'ไม่มีการสร้างคำเชิญในปฏิทิน ผู้จัดได้รับแจ้งแล้วและจะติดต่อกลับหาคุณ',
  confirmationDateLabel: 'วันที่',
  confirmationTimeLabel: 'เวลา',
  confirmationTimeZoneLabel: 'เขตเวลา',
  confirmationDurationLabel: 'ระยะเวลา',
  confirmationSubjectLabel: 'หัวข้อ',
  confirmationLocationLabel: 'สถานที่',
  confirmationJoinLabel: 'วิดีโอคอล',
  confirmationJoinLink: 'เข้าร่วมการประชุม',
  confirmationOrganizerLabel: 'ผู้จัด',
  confirmationGuestsLabel: 'ผู้เข้าร่วม',
  addToCalendarHeading: 'เพิ่มลงในปฏิทิน',
  meetingTitle: (organizer) => (organizer ? `การประชุมกับ ${organizer}` : 'การประชุม'),
  opensInNewTab: '(เปิดในแท็บใหม่)',
  downloadIcs: 'ดาวน์โหลดไฟล์ .ics',
  googleCalendar: 'Google ปฏิทิน',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'กำลังพาคุณไปยังหน้าถัดไป…',
  redirectLink: 'ไปต่อเลย',
  invitationSentTo: (email) => `ส่งคำเชิญไปที่ ${email} แล้ว`,
  invitationSent: 'คำเชิญในปฏิทินกำลังส่งถึงคุณ',
  nextStepsHeading: 'ขั้นตอนถัดไป',
  summaryLabel: 'รายละเอียดการประชุม',
  nextAvailable: (date, dateLocale) => `เวลาว่างถัดไป: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'แนะนำ',
  failureOffline: 'คุณออฟไลน์อยู่: ข้อมูลของคุณยังอยู่ครบ ยังไม่มีการส่งข้อมูลใด ๆ โปรดกดปุ่มจองอีกครั้งเมื่อกลับมาออนไลน์',
  failureVerification: 'การยืนยันว่าคุณไม่ใช่โรบอตไม่ผ่าน จึงยังไม่ได้จองการประชุม โปรดยืนยันอีกครั้งแล้วจอง',
} satisfies Messages;
