// Chinese, Simplified (简体中文, mainland China). Neutral business register; 您 used sparingly.
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

const locale = 'zh-CN';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: '预约会议',
  loading: '正在加载可预约时间…',
  durationLabel: duration,
  durationTabsLabel: '会议时长',
  singleDurationLabel: (ms) => `时长：${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { other: '# 个可预约时间' }),
    none: '无可预约时间',
    selected: '已选择',
    separator: '，',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: '上个月',
  nextMonth: '下个月',
  loadingMonth: '正在加载时间…',
  noTimesThisMonth: '本月没有可预约时间。',
  pickADay: '选择日期以查看可预约时间。',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: '时区',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: '没有匹配的时区',
  timeZoneMatches: plural(locale, { other: '# 个时区' }),
  hourCycleLabel: '时间格式',
  hourCycle12: '12 小时制',
  hourCycle24: '24 小时制',
  noTimesAvailable: '暂无可预约时间',
  noTimesAvailableDescription: '此预约页面目前没有可预约的时间，请稍后再来查看。',
  pageNotFound: '找不到此预约页面',
  pageNotFoundDescription: '请检查链接，或向组织者索取新链接。',
  loadFailed: '无法加载可预约时间',
  errorDescription: byErrorKind({
    offline: '您已离线。恢复联网后将加载可预约时间。',
    network: '无法连接到预约服务。请检查网络连接，然后重试。',
    timeout: '预约服务响应超时，请重试。',
    'rate-limited': '当前请求过多，请稍候再试。',
    server: '预约服务出现问题，请重试。',
    'invalid-response': '无法读取预约服务返回的响应，请稍后重试。',
    other: '加载此预约页面时出错，请重试。',
  }),
  unexpectedError: '预约工具出错，请刷新页面。',
  tryAgain: '重试',
  slotTaken: '该时间刚刚已被预约，请选择其他时间。',
  dismiss: '关闭',
  roundRobinMembers: (names) => `您将与以下其中一位会面：${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `您将与以下人员会面：${formatList(names, locale)}`,
  locationLabel: '地点',
  labelSeparator: '：',

  // Booking
  bookMeeting: '预约会议',
  bookingInProgress: '正在预约…',
  bookingStepHeading: '填写您的信息',
  slotSummaryLabel: '已选时间',
  changeSlot: '更改',
  changeSlotLabel: '更改已选时间',
  firstNameLabel: '名',
  lastNameLabel: '姓',
  emailLabel: '电子邮箱',
  requiredMarker: '（必填）',
  lockedHint: '由页面预先提供，无法在此更改。',
  selectPlaceholder: '请选择…',
  guestsHeading: '嘉宾',
  guestsHint: plural(locale, { other: '最多可邀请 # 位嘉宾。' }),
  guestEmailLabel: (position) => `嘉宾 ${n(position)} 的电子邮箱`,
  addGuest: '添加嘉宾',
  removeGuest: (position) => `移除嘉宾 ${n(position)}`,
  guestAdded: '已添加嘉宾',
  guestRemoved: '已移除嘉宾',
  consentHeading: '同意',
  processingConsentFallbackLabel: '我同意组织者存储和处理我的个人数据。',
  errorRequired: (label) =>
    /[?？]$/.test(label.trim()) ? `请回答“${label.trim()}”。` : `${label}为必填项。`,
  errorEmailFormat: '请输入电子邮箱地址，例如 name@example.com。',
  errorGuestEmailFormat: (position) => `嘉宾 ${n(position)}：请输入电子邮箱地址，例如 name@example.com。`,
  errorGuestDuplicate: (position) => `嘉宾 ${n(position)} 已在列表中。`,
  errorGuestIsVisitor: (position) => `嘉宾 ${n(position)} 是您本人的电子邮箱；您已在受邀之列。`,
  errorTooManyGuests: plural(locale, { other: '最多只能邀请 # 位嘉宾。' }),
  errorNumber: (label) => `${label}必须是数字。`,
  errorDate: (label) => `${label}必须是日期，格式如 2025-01-31。`,
  errorTickRequired: (label) => `请勾选“${label.replace(/[.:]+$/, '')}”以继续。`,
  errorSummaryHeading: plural(locale, { other: '有 # 个字段需要处理' }),
  failureNetwork: '无法连接到预约服务，因此会议未预约成功。请检查网络连接，然后重试。',
  failureTimeout:
    '预约服务响应超时，因此无法确定会议是否已预约成功。重试之前，请先查看您的邮箱中是否有确认邮件。',
  failureRateLimited: optionalPlural(
    '短时间内尝试次数过多。请稍候再试。',
    plural(locale, {
      other: '短时间内尝试次数过多。请等待 # 秒后再试。',
    }),
  ),
  failureServer: '预约服务出现问题，因此会议未预约成功。请重试。',
  failureRejected: (message) => `预约未被接受：${message}`,
  failureNotFound: '此预约页面已不存在，因此无法预约会议。',
  failureInvalidResponse:
    '无法读取预约服务返回的响应，因此无法确定会议是否已预约成功。重试之前，请先查看您的邮箱中是否有确认邮件。',
  retryBooking: '重试',
  bookedHeading: '会议已预约',
  requestedHeading: '会议预约请求已提交',
  bookedNotice: '已为此会议创建日历邀请。',
  offlineNotice: '未创建日历邀请。已通知组织者，对方会与您联系。',
  confirmationDateLabel: '日期',
  confirmationTimeLabel: '时间',
  confirmationTimeZoneLabel: '时区',
  confirmationDurationLabel: '时长',
  confirmationSubjectLabel: '主题',
  confirmationLocationLabel: '地点',
  confirmationJoinLabel: '视频通话',
  confirmationJoinLink: '加入会议',
  confirmationOrganizerLabel: '组织者',
  confirmationGuestsLabel: '嘉宾',
  addToCalendarHeading: '添加到日历',
  meetingTitle: (organizer) => (organizer ? `与${organizer}的会议` : '会议'),
  opensInNewTab: '（在新标签页中打开）',
  downloadIcs: '下载 .ics 文件',
  googleCalendar: 'Google 日历',
  outlookCalendar: 'Outlook.com',
  redirectNotice: '正在前往下一页…',
  redirectLink: '立即前往',
  invitationSentTo: (email) => `邀请已发送至 ${email}`,
  invitationSent: '日历邀请正在发送中。',
  nextStepsHeading: '接下来',
  summaryLabel: '会议详情',
  nextAvailable: (date, dateLocale) => `最近可预约时间：${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name}（${currentTime}）`,
  timeZoneSuggested: '推荐',
  failureOffline: '您已离线：您填写的信息已保留。未发送任何内容；恢复联网后，请再次点击预约按钮。',
  failureVerification: '人机验证未通过，因此未预约会议。请重新完成验证，然后预约。',
} satisfies Messages;
