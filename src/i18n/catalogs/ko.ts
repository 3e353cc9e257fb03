// Korean (한국어). Polite 합니다/해요 register, as Korean SaaS booking pages use. Labels are
// quoted and followed by 항목 so the particle never depends on the label's last syllable.
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

const locale = 'ko';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: '미팅 예약하기',
  loading: '예약 가능한 시간을 불러오는 중…',
  durationLabel: duration,
  durationTabsLabel: '미팅 시간',
  singleDurationLabel: (ms) => `소요 시간: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { other: '예약 가능한 시간 #개' }),
    none: '예약 가능한 시간 없음',
    selected: '선택됨',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: '이전 달',
  nextMonth: '다음 달',
  loadingMonth: '시간을 불러오는 중…',
  noTimesThisMonth: '이번 달에는 예약 가능한 시간이 없습니다.',
  pickADay: '날짜를 선택하면 예약 가능한 시간이 표시됩니다.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: '시간대',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: '일치하는 시간대가 없습니다',
  timeZoneMatches: plural(locale, { other: '시간대 #개' }),
  hourCycleLabel: '시간 형식',
  hourCycle12: '12시간제',
  hourCycle24: '24시간제',
  noTimesAvailable: '예약 가능한 시간 없음',
  noTimesAvailableDescription: '현재 이 예약 페이지에는 예약 가능한 시간이 없습니다. 나중에 다시 확인해 주세요.',
  pageNotFound: '이 예약 페이지를 찾을 수 없습니다',
  pageNotFoundDescription: '링크를 확인하거나 주최자에게 새 링크를 요청하세요.',
  loadFailed: '예약 가능한 시간을 불러올 수 없습니다',
  errorDescription: byErrorKind({
    offline: '오프라인 상태입니다. 다시 온라인이 되면 시간이 표시됩니다.',
    network: '예약 서비스에 연결할 수 없습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요.',
    timeout: '예약 서비스의 응답 시간이 초과되었습니다. 다시 시도해 주세요.',
    'rate-limited': '지금 요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.',
    server: '예약 서비스에 문제가 발생했습니다. 다시 시도해 주세요.',
    'invalid-response': '예약 서비스의 응답을 읽을 수 없습니다. 나중에 다시 시도해 주세요.',
    other: '이 예약 페이지를 불러오는 중에 문제가 발생했습니다. 다시 시도해 주세요.',
  }),
  unexpectedError: '예약 도구에 문제가 발생했습니다. 페이지를 새로고침해 주세요.',
  tryAgain: '다시 시도',
  slotTaken: '방금 다른 사람이 이 시간을 예약했습니다. 다른 시간을 선택해 주세요.',
  dismiss: '닫기',
  roundRobinMembers: (names) => `다음 중 한 분과 미팅합니다: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `미팅 참석자: ${formatList(names, locale)}`,
  locationLabel: '장소',
  labelSeparator: ': ',

  // Booking
  bookMeeting: '미팅 예약',
  bookingInProgress: '예약 중…',
  bookingStepHeading: '정보 입력',
  slotSummaryLabel: '선택한 시간',
  changeSlot: '변경',
  changeSlotLabel: '선택한 시간 변경',
  firstNameLabel: '이름',
  lastNameLabel: '성',
  emailLabel: '이메일',
  requiredMarker: '(필수)',
  lockedHint: '페이지에서 지정한 값이므로 여기서 변경할 수 없습니다.',
  selectPlaceholder: '선택하세요…',
  guestsHeading: '게스트',
  guestsHint: plural(locale, { other: '게스트를 최대 #명까지 초대할 수 있습니다.' }),
  guestEmailLabel: (position) => `게스트 ${n(position)} 이메일`,
  addGuest: '게스트 추가',
  removeGuest: (position) => `게스트 ${n(position)} 삭제`,
  guestAdded: '게스트를 추가했습니다',
  guestRemoved: '게스트를 삭제했습니다',
  consentHeading: '동의',
  processingConsentFallbackLabel: '주최자가 본인의 개인정보를 저장하고 처리하는 데 동의합니다.',
  errorRequired: (label) =>
    /[?？]$/.test(label.trim()) ? `‘${label.trim()}’에 답해 주세요.` : `‘${label}’ 항목은 필수입니다.`,
  errorEmailFormat: 'name@example.com과 같은 형식으로 이메일 주소를 입력하세요.',
  errorGuestEmailFormat: (position) => `게스트 ${n(position)}: name@example.com과 같은 형식으로 이메일 주소를 입력하세요.`,
  errorGuestDuplicate: (position) => `게스트 ${n(position)}의 이메일이 이미 목록에 있습니다.`,
  errorGuestIsVisitor: (position) => `게스트 ${n(position)}의 이메일은 본인의 이메일입니다. 본인은 이미 초대되어 있습니다.`,
  errorTooManyGuests: plural(locale, { other: '게스트는 최대 #명까지만 초대할 수 있습니다.' }),
  errorNumber: (label) => `‘${label}’ 항목에는 숫자를 입력해야 합니다.`,
  errorDate: (label) => `‘${label}’ 항목에는 2025-01-31 형식의 날짜를 입력해야 합니다.`,
  errorTickRequired: (label) => `계속하려면 ‘${label.replace(/[.:]+$/, '')}’ 항목을 선택하세요.`,
  errorSummaryHeading: plural(locale, { other: '확인이 필요한 항목 #개' }),
  failureNetwork: '예약 서비스에 연결할 수 없어 미팅이 예약되지 않았습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요.',
  failureTimeout:
    '예약 서비스의 응답 시간이 초과되어 미팅이 예약되었는지 알 수 없습니다. 다시 시도하기 전에 이메일에서 확인 메일이 왔는지 확인해 주세요.',
  failureRateLimited: optionalPlural(
    '짧은 시간 동안 시도 횟수가 너무 많습니다. 잠시 후 다시 시도해 주세요.',
    plural(locale, {
      other: '짧은 시간 동안 시도 횟수가 너무 많습니다. #초 후에 다시 시도해 주세요.',
    }),
  ),
  failureServer: '예약 서비스에 문제가 발생하여 미팅이 예약되지 않았습니다. 다시 시도해 주세요.',
  failureRejected: (message) => `예약이 접수되지 않았습니다: ${message}`,
  failureNotFound: '이 예약 페이지가 더 이상 존재하지 않아 미팅을 예약할 수 없습니다.',
  failureInvalidResponse:
    '예약 서비스의 응답을 읽을 수 없어 미팅이 예약되었는지 알 수 없습니다. 다시 시도하기 전에 이메일에서 확인 메일이 왔는지 확인해 주세요.',
  retryBooking: '다시 시도',
  bookedHeading: '미팅이 예약되었습니다',
  requestedHeading: '미팅 요청이 전송되었습니다',
  bookedNotice: '이 미팅의 캘린더 초대가 생성되었습니다.',
  offlineNotice: '캘린더 초대는 생성되지 않았습니다. 주최자에게 알림이 전송되었으며 주최자가 연락드릴 예정입니다.',
  confirmationDateLabel: '날짜',
  confirmationTimeLabel: '시간',
  confirmationTimeZoneLabel: '시간대',
  confirmationDurationLabel: '소요 시간',
  confirmationSubjectLabel: '제목',
  confirmationLocationLabel: '장소',
  confirmationJoinLabel: '화상 통화',
  confirmationJoinLink: '미팅 참여하기',
  confirmationOrganizerLabel: '주최자',
  confirmationGuestsLabel: '게스트',
  addToCalendarHeading: '캘린더에 추가',
  meetingTitle: (organizer) => (organizer ? `${organizer}님과의 미팅` : '미팅'),
  opensInNewTab: '(새 탭에서 열림)',
  downloadIcs: '.ics 파일 다운로드',
  googleCalendar: 'Google 캘린더',
  outlookCalendar: 'Outlook.com',
  redirectNotice: '다음 페이지로 이동하는 중…',
  redirectLink: '지금 이동',
  invitationSentTo: (email) => `${email}(으)로 초대장을 보냈습니다`,
  invitationSent: '캘린더 초대장이 곧 도착합니다.',
  nextStepsHeading: '다음 단계',
  summaryLabel: '미팅 세부 정보',
  nextAvailable: (date, dateLocale) => `다음 예약 가능 시간: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: '추천',
  failureOffline: '오프라인 상태입니다. 입력한 정보는 그대로 유지됩니다. 아무것도 전송되지 않았으니 다시 온라인이 되면 예약 버튼을 한 번 더 눌러 주세요.',
  failureVerification: '로봇이 아님을 확인하는 검사를 통과하지 못해 미팅이 예약되지 않았습니다. 확인을 다시 완료한 후 예약하세요.',
} satisfies Messages;
