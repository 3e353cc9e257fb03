// Vietnamese (Tiếng Việt). Polite "bạn" register, as Vietnamese SaaS interfaces use.
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

const locale = 'vi';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Đặt lịch họp',
  loading: 'Đang tải các khung giờ trống…',
  durationLabel: duration,
  durationTabsLabel: 'Thời lượng cuộc họp',
  singleDurationLabel: (ms) => `Thời lượng: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { other: '# khung giờ trống' }),
    none: 'không còn giờ trống',
    selected: 'đã chọn',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Tháng trước',
  nextMonth: 'Tháng sau',
  loadingMonth: 'Đang tải khung giờ…',
  noTimesThisMonth: 'Tháng này không còn khung giờ trống.',
  pickADay: 'Chọn một ngày để xem các khung giờ trống.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Múi giờ',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Không có múi giờ phù hợp',
  timeZoneMatches: plural(locale, { other: '# múi giờ' }),
  hourCycleLabel: 'Định dạng giờ',
  hourCycle12: '12 giờ',
  hourCycle24: '24 giờ',
  noTimesAvailable: 'Không có khung giờ trống',
  noTimesAvailableDescription: 'Trang đặt lịch này hiện không có khung giờ trống. Vui lòng quay lại sau.',
  pageNotFound: 'Không tìm thấy trang đặt lịch này',
  pageNotFoundDescription: 'Hãy kiểm tra đường liên kết hoặc đề nghị người tổ chức gửi đường liên kết mới.',
  loadFailed: 'Không thể tải các khung giờ trống',
  errorDescription: byErrorKind({
    offline: 'Bạn đang ngoại tuyến. Các khung giờ sẽ được tải khi có kết nối trở lại.',
    network: 'Không thể kết nối với dịch vụ đặt lịch. Hãy kiểm tra kết nối mạng rồi thử lại.',
    timeout: 'Dịch vụ đặt lịch phản hồi quá lâu. Vui lòng thử lại.',
    'rate-limited': 'Hiện có quá nhiều yêu cầu. Vui lòng đợi một lát rồi thử lại.',
    server: 'Dịch vụ đặt lịch đã gặp sự cố. Vui lòng thử lại.',
    'invalid-response': 'Không thể đọc phản hồi từ dịch vụ đặt lịch. Vui lòng thử lại sau.',
    other: 'Đã xảy ra lỗi khi tải trang đặt lịch này. Vui lòng thử lại.',
  }),
  unexpectedError: 'Công cụ đặt lịch đã gặp lỗi. Vui lòng tải lại trang.',
  tryAgain: 'Thử lại',
  slotTaken: 'Khung giờ đó vừa có người đặt. Vui lòng chọn khung giờ khác.',
  dismiss: 'Đóng',
  roundRobinMembers: (names) => `Bạn sẽ gặp một trong những người sau: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Bạn sẽ gặp: ${formatList(names, locale)}`,
  locationLabel: 'Địa điểm',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Đặt lịch họp',
  bookingInProgress: 'Đang đặt lịch…',
  bookingStepHeading: 'Nhập thông tin của bạn',
  slotSummaryLabel: 'Khung giờ đã chọn',
  changeSlot: 'Thay đổi',
  changeSlotLabel: 'Thay đổi khung giờ đã chọn',
  firstNameLabel: 'Tên',
  lastNameLabel: 'Họ',
  emailLabel: 'Email',
  requiredMarker: '(bắt buộc)',
  lockedHint: 'Do trang cung cấp sẵn; không thể thay đổi tại đây.',
  selectPlaceholder: 'Chọn…',
  guestsHeading: 'Khách mời',
  guestsHint: plural(locale, { other: 'Bạn có thể mời tối đa # khách.' }),
  guestEmailLabel: (position) => `Email của khách ${n(position)}`,
  addGuest: 'Thêm khách',
  removeGuest: (position) => `Xóa khách ${n(position)}`,
  guestAdded: 'Đã thêm khách',
  guestRemoved: 'Đã xóa khách',
  consentHeading: 'Sự đồng ý',
  processingConsentFallbackLabel: 'Tôi đồng ý cho phép người tổ chức lưu trữ và xử lý dữ liệu cá nhân của tôi.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Hãy trả lời “${label.trim()}”.` : `${label} là thông tin bắt buộc.`,
  errorEmailFormat: 'Nhập địa chỉ email có dạng name@example.com.',
  errorGuestEmailFormat: (position) => `Khách ${n(position)}: nhập địa chỉ email có dạng name@example.com.`,
  errorGuestDuplicate: (position) => `Khách ${n(position)} đã có trong danh sách.`,
  errorGuestIsVisitor: (position) => `Khách ${n(position)} là email của chính bạn; bạn đã được mời.`,
  errorTooManyGuests: plural(locale, { other: 'Bạn chỉ có thể mời tối đa # khách.' }),
  errorNumber: (label) => `${label} phải là một số.`,
  errorDate: (label) => `${label} phải là ngày có dạng 2025-01-31.`,
  errorTickRequired: (label) => `Đánh dấu chọn “${label.replace(/[.:]+$/, '')}” để tiếp tục.`,
  errorSummaryHeading: plural(locale, { other: '# trường cần được chú ý' }),
  failureNetwork:
    'Không thể kết nối với dịch vụ đặt lịch nên cuộc họp chưa được đặt. Hãy kiểm tra kết nối mạng rồi thử lại.',
  failureTimeout:
    'Dịch vụ đặt lịch phản hồi quá lâu nên chưa rõ cuộc họp đã được đặt hay chưa. Hãy kiểm tra email xác nhận trong hộp thư trước khi thử lại.',
  failureRateLimited: optionalPlural(
    'Bạn đã thử quá nhiều lần trong thời gian ngắn. Vui lòng đợi một lát rồi thử lại.',
    plural(locale, {
      other: 'Bạn đã thử quá nhiều lần trong thời gian ngắn. Vui lòng đợi # giây rồi thử lại.',
    }),
  ),
  failureServer: 'Dịch vụ đặt lịch đã gặp sự cố nên cuộc họp chưa được đặt. Vui lòng thử lại.',
  failureRejected: (message) => `Yêu cầu đặt lịch không được chấp nhận: ${message}`,
  failureNotFound: 'Trang đặt lịch này không còn tồn tại nên không thể đặt cuộc họp.',
  failureInvalidResponse:
    'Không thể đọc phản hồi từ dịch vụ đặt lịch nên chưa rõ cuộc họp đã được đặt hay chưa. Hãy kiểm tra email xác nhận trong hộp thư trước khi thử lại.',
  retryBooking: 'Thử lại',
  bookedHeading: 'Đã đặt lịch họp',
  requestedHeading: 'Đã gửi yêu cầu đặt lịch họp',
  bookedNotice: 'Lời mời trên lịch đã được tạo cho cuộc họp này.',
  offlineNotice: 'Chưa có lời mời trên lịch nào được tạo. Người tổ chức đã nhận được thông báo và sẽ liên hệ lại với bạn.',
  confirmationDateLabel: 'Ngày',
  confirmationTimeLabel: 'Thời gian',
  confirmationTimeZoneLabel: 'Múi giờ',
  confirmationDurationLabel: 'Thời lượng',
  confirmationSubjectLabel: 'Chủ đề',
  confirmationLocationLabel: 'Địa điểm',
  confirmationJoinLabel: 'Cuộc gọi video',
  confirmationJoinLink: 'Tham gia cuộc họp',
  confirmationOrganizerLabel: 'Người tổ chức',
  confirmationGuestsLabel: 'Khách mời',
  addToCalendarHeading: 'Thêm vào lịch',
  meetingTitle: (organizer) => (organizer ? `Cuộc họp với ${organizer}` : 'Cuộc họp'),
  opensInNewTab: '(mở trong thẻ mới)',
  downloadIcs: 'Tải tệp .ics xuống',
  googleCalendar: 'Lịch Google',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Đang chuyển bạn đến trang tiếp theo…',
  redirectLink: 'Tiếp tục ngay',
  invitationSentTo: (email) => `Đã gửi lời mời tới ${email}`,
  invitationSent: 'Lời mời lịch đang được gửi tới bạn.',
  nextStepsHeading: 'Tiếp theo là gì',
  summaryLabel: 'Chi tiết cuộc họp',
  nextAvailable: (date, dateLocale) => `Thời gian trống gần nhất: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Đề xuất',
  failureOffline: 'Bạn đang ngoại tuyến: thông tin của bạn vẫn được giữ lại. Chưa có gì được gửi; hãy nhấn lại nút đặt lịch khi có kết nối trở lại.',
  failureVerification: 'Bước xác minh bạn không phải là robot chưa thành công nên cuộc họp chưa được đặt. Hãy xác minh lại rồi đặt lịch.',
} satisfies Messages;
