// Chinese, Traditional (繁體中文, Taiwan). Taiwan terms (時區, 會議, 電子郵件); 您 used sparingly.
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

const locale = 'zh-TW';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: '預約會議',
  loading: '正在載入可預約的時段…',
  durationLabel: duration,
  durationTabsLabel: '會議長度',
  singleDurationLabel: (ms) => `長度：${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { other: '# 個可預約時段' }),
    none: '沒有可預約的時段',
    selected: '已選取',
    separator: '，',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: '上個月',
  nextMonth: '下個月',
  loadingMonth: '正在載入時段…',
  noTimesThisMonth: '本月沒有可預約的時段。',
  pickADay: '請選擇日期以查看可預約的時段。',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: '時區',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: '沒有相符的時區',
  timeZoneMatches: plural(locale, { other: '# 個時區' }),
  hourCycleLabel: '時間格式',
  hourCycle12: '12 小時制',
  hourCycle24: '24 小時制',
  noTimesAvailable: '目前沒有可預約的時段',
  noTimesAvailableDescription: '這個預約頁面目前沒有開放的時段，請稍後再回來查看。',
  pageNotFound: '找不到這個預約頁面',
  pageNotFoundDescription: '請檢查連結，或向主辦人索取新的連結。',
  loadFailed: '無法載入可預約的時段',
  errorDescription: byErrorKind({
    offline: '您已離線。恢復連線後將載入可預約時間。',
    network: '無法連線至預約服務。請檢查網路連線，然後再試一次。',
    timeout: '預約服務回應逾時，請再試一次。',
    'rate-limited': '目前要求次數過多，請稍候片刻再試一次。',
    server: '預約服務發生問題，請再試一次。',
    'invalid-response': '無法讀取預約服務傳回的回應，請稍後再試一次。',
    other: '載入這個預約頁面時發生錯誤，請再試一次。',
  }),
  unexpectedError: '預約工具發生錯誤，請重新整理頁面。',
  tryAgain: '再試一次',
  slotTaken: '這個時段剛剛已被預約，請選擇其他時段。',
  dismiss: '關閉',
  roundRobinMembers: (names) => `您將與下列其中一位會面：${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `您將與下列人員會面：${formatList(names, locale)}`,
  locationLabel: '地點',
  labelSeparator: '：',

  // Booking
  bookMeeting: '預約會議',
  bookingInProgress: '正在預約…',
  bookingStepHeading: '填寫您的資料',
  slotSummaryLabel: '已選取的時段',
  changeSlot: '變更',
  changeSlotLabel: '變更已選取的時段',
  firstNameLabel: '名字',
  lastNameLabel: '姓氏',
  emailLabel: '電子郵件',
  requiredMarker: '（必填）',
  lockedHint: '由頁面預先提供，無法在此變更。',
  selectPlaceholder: '請選擇…',
  guestsHeading: '邀請對象',
  guestsHint: plural(locale, { other: '最多可邀請 # 人。' }),
  guestEmailLabel: (position) => `邀請對象 ${n(position)} 的電子郵件`,
  addGuest: '新增邀請對象',
  removeGuest: (position) => `移除邀請對象 ${n(position)}`,
  guestAdded: '已新增邀請對象',
  guestRemoved: '已移除邀請對象',
  consentHeading: '同意事項',
  processingConsentFallbackLabel: '我同意主辦人儲存及處理我的個人資料。',
  errorRequired: (label) =>
    /[?？]$/.test(label.trim()) ? `請回答「${label.trim()}」。` : `「${label}」為必填欄位。`,
  errorEmailFormat: '請輸入電子郵件地址，例如 name@example.com。',
  errorGuestEmailFormat: (position) => `邀請對象 ${n(position)}：請輸入電子郵件地址，例如 name@example.com。`,
  errorGuestDuplicate: (position) => `邀請對象 ${n(position)} 已在清單中。`,
  errorGuestIsVisitor: (position) => `邀請對象 ${n(position)} 是您自己的電子郵件；您已在受邀名單中。`,
  errorTooManyGuests: plural(locale, { other: '最多只能邀請 # 人。' }),
  errorNumber: (label) => `「${label}」必須是數字。`,
  errorDate: (label) => `「${label}」必須是日期，格式如 2025-01-31。`,
  errorTickRequired: (label) => `請勾選「${label.replace(/[.:]+$/, '')}」以繼續。`,
  errorSummaryHeading: plural(locale, { other: '有 # 個欄位需要處理' }),
  failureNetwork: '無法連線至預約服務，因此會議未完成預約。請檢查網路連線，然後再試一次。',
  failureTimeout:
    '預約服務回應逾時，因此無法確定會議是否已完成預約。再試一次之前，請先查看電子郵件中是否有確認信。',
  failureRateLimited: optionalPlural(
    '短時間內嘗試次數過多。請稍候片刻再試一次。',
    plural(locale, {
      other: '短時間內嘗試次數過多。請等候 # 秒後再試一次。',
    }),
  ),
  failureServer: '預約服務發生問題，因此會議未完成預約。請再試一次。',
  failureRejected: (message) => `預約未獲接受：${message}`,
  failureNotFound: '這個預約頁面已不存在，因此無法預約會議。',
  failureInvalidResponse:
    '無法讀取預約服務傳回的回應，因此無法確定會議是否已完成預約。再試一次之前，請先查看電子郵件中是否有確認信。',
  retryBooking: '再試一次',
  bookedHeading: '會議已預約',
  requestedHeading: '已送出會議預約要求',
  bookedNotice: '已為這場會議建立日曆邀請。',
  offlineNotice: '未建立日曆邀請。我們已通知主辦人，對方會再與您聯絡。',
  confirmationDateLabel: '日期',
  confirmationTimeLabel: '時間',
  confirmationTimeZoneLabel: '時區',
  confirmationDurationLabel: '長度',
  confirmationSubjectLabel: '主旨',
  confirmationLocationLabel: '地點',
  confirmationJoinLabel: '視訊通話',
  confirmationJoinLink: '加入會議',
  confirmationOrganizerLabel: '主辦人',
  confirmationGuestsLabel: '邀請對象',
  addToCalendarHeading: '新增至日曆',
  meetingTitle: (organizer) => (organizer ? `與 ${organizer} 的會議` : '會議'),
  opensInNewTab: '（在新分頁中開啟）',
  downloadIcs: '下載 .ics 檔案',
  googleCalendar: 'Google 日曆',
  outlookCalendar: 'Outlook.com',
  redirectNotice: '正在前往下一頁…',
  redirectLink: '立即前往',
  invitationSentTo: (email) => `邀請已傳送至 ${email}`,
  invitationSent: '行事曆邀請即將送達。',
  nextStepsHeading: '接下來',
  summaryLabel: '會議詳細資料',
  nextAvailable: (date, dateLocale) => `最近可預約時間：${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name}（${currentTime}）`,
  timeZoneSuggested: '建議',
  failureOffline: '您已離線：您填寫的資料已保留。未傳送任何內容；恢復連線後，請再按一次預約按鈕。',
  failureVerification: '機器人驗證未通過，因此未預約會議。請重新完成驗證，然後預約。',
} satisfies Messages;
