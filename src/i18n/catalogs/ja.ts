// Japanese (日本語). Polite です・ます style, as business booking pages use.
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

const locale = 'ja';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'ミーティングを予約',
  loading: '空き時間を読み込んでいます…',
  durationLabel: duration,
  durationTabsLabel: 'ミーティングの所要時間',
  singleDurationLabel: (ms) => `所要時間：${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { other: '空き時間 # 件' }),
    none: '空き時間なし',
    selected: '選択済み',
    separator: '、',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: '前の月',
  nextMonth: '次の月',
  loadingMonth: '時間を読み込んでいます…',
  noTimesThisMonth: '今月は空き時間がありません。',
  pickADay: '日付を選択すると、空き時間が表示されます。',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'タイムゾーン',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: '一致するタイムゾーンはありません',
  timeZoneMatches: plural(locale, { other: '#件のタイムゾーン' }),
  hourCycleLabel: '時刻の表示形式',
  hourCycle12: '12時間制',
  hourCycle24: '24時間制',
  noTimesAvailable: '空き時間がありません',
  noTimesAvailableDescription: 'この予約ページには現在空き時間がありません。しばらくしてから再度ご確認ください。',
  pageNotFound: 'この予約ページは見つかりませんでした',
  pageNotFoundDescription: 'リンクをご確認いただくか、主催者に新しいリンクをお問い合わせください。',
  loadFailed: '空き時間を読み込めませんでした',
  errorDescription: byErrorKind({
    offline: 'オフラインです。オンラインに戻ると時間枠が読み込まれます。',
    network: '予約サービスに接続できませんでした。接続を確認して、もう一度お試しください。',
    timeout: '予約サービスからの応答に時間がかかりすぎています。もう一度お試しください。',
    'rate-limited': '現在リクエストが集中しています。しばらく待ってから、もう一度お試しください。',
    server: '予約サービスで問題が発生しました。もう一度お試しください。',
    'invalid-response': '予約サービスからの応答を読み取れませんでした。しばらくしてから、もう一度お試しください。',
    other: 'この予約ページの読み込み中に問題が発生しました。もう一度お試しください。',
  }),
  unexpectedError: '予約ツールで問題が発生しました。ページを再読み込みしてください。',
  tryAgain: '再試行',
  slotTaken: 'この時間はたった今、別の方が予約しました。別の時間を選択してください。',
  dismiss: '閉じる',
  roundRobinMembers: (names) => `次のいずれかの担当者とのミーティングになります：${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `ミーティングの参加者：${formatList(names, locale)}`,
  locationLabel: '場所',
  labelSeparator: '：',

  // Booking
  bookMeeting: 'ミーティングを予約',
  bookingInProgress: '予約しています…',
  bookingStepHeading: 'お客様情報の入力',
  slotSummaryLabel: '選択した時間',
  changeSlot: '変更',
  changeSlotLabel: '選択した時間を変更',
  firstNameLabel: '名',
  lastNameLabel: '姓',
  emailLabel: 'メールアドレス',
  requiredMarker: '（必須）',
  lockedHint: 'ページで指定済みのため、ここでは変更できません。',
  selectPlaceholder: '選択してください…',
  guestsHeading: 'ゲスト',
  guestsHint: plural(locale, { other: 'ゲストを最大#人まで招待できます。' }),
  guestEmailLabel: (position) => `ゲスト${n(position)}のメールアドレス`,
  addGuest: 'ゲストを追加',
  removeGuest: (position) => `ゲスト${n(position)}を削除`,
  guestAdded: 'ゲストを追加しました',
  guestRemoved: 'ゲストを削除しました',
  consentHeading: '同意',
  processingConsentFallbackLabel: '主催者が私の個人データを保存および処理することに同意します。',
  errorRequired: (label) =>
    /[?？]$/.test(label.trim()) ? `「${label.trim()}」に回答してください。` : `${label}は必須です。`,
  errorEmailFormat: 'name@example.com の形式でメールアドレスを入力してください。',
  errorGuestEmailFormat: (position) => `ゲスト${n(position)}：name@example.com の形式でメールアドレスを入力してください。`,
  errorGuestDuplicate: (position) => `ゲスト${n(position)}はすでにリストに含まれています。`,
  errorGuestIsVisitor: (position) => `ゲスト${n(position)}はご自身のメールアドレスです。ご自身はすでに招待されています。`,
  errorTooManyGuests: plural(locale, { other: '招待できるゲストは最大#人です。' }),
  errorNumber: (label) => `${label}には数値を入力してください。`,
  errorDate: (label) => `${label}には 2025-01-31 の形式で日付を入力してください。`,
  errorTickRequired: (label) => `続行するには「${label.replace(/[.:]+$/, '')}」にチェックを入れてください。`,
  errorSummaryHeading: plural(locale, { other: '#件の項目を確認してください' }),
  failureNetwork:
    '予約サービスに接続できなかったため、ミーティングは予約されていません。接続を確認して、もう一度お試しください。',
  failureTimeout:
    '予約サービスからの応答に時間がかかりすぎたため、ミーティングが予約されたかどうかわかりません。もう一度お試しになる前に、確認メールが届いていないかご確認ください。',
  failureRateLimited: optionalPlural(
    '短時間に試行が多すぎます。しばらく待ってから、もう一度お試しください。',
    plural(locale, {
      other: '短時間に試行が多すぎます。#秒待ってから、もう一度お試しください。',
    }),
  ),
  failureServer: '予約サービスで問題が発生したため、ミーティングは予約されていません。もう一度お試しください。',
  failureRejected: (message) => `予約は受け付けられませんでした：${message}`,
  failureNotFound: 'この予約ページはすでに存在しないため、ミーティングを予約できませんでした。',
  failureInvalidResponse:
    '予約サービスからの応答を読み取れなかったため、ミーティングが予約されたかどうかわかりません。もう一度お試しになる前に、確認メールが届いていないかご確認ください。',
  retryBooking: '再試行',
  bookedHeading: 'ミーティングを予約しました',
  requestedHeading: 'ミーティングをリクエストしました',
  bookedNotice: 'このミーティングのカレンダー招待が作成されました。',
  offlineNotice: 'カレンダー招待は作成されていません。主催者に通知しましたので、主催者からの連絡をお待ちください。',
  confirmationDateLabel: '日付',
  confirmationTimeLabel: '時間',
  confirmationTimeZoneLabel: 'タイムゾーン',
  confirmationDurationLabel: '所要時間',
  confirmationSubjectLabel: '件名',
  confirmationLocationLabel: '場所',
  confirmationJoinLabel: 'ビデオ通話',
  confirmationJoinLink: 'ミーティングに参加',
  confirmationOrganizerLabel: '主催者',
  confirmationGuestsLabel: 'ゲスト',
  addToCalendarHeading: 'カレンダーに追加',
  meetingTitle: (organizer) => (organizer ? `${organizer}さんとのミーティング` : 'ミーティング'),
  opensInNewTab: '（新しいタブで開きます）',
  downloadIcs: '.ics ファイルをダウンロード',
  googleCalendar: 'Google カレンダー',
  outlookCalendar: 'Outlook.com',
  redirectNotice: '次のページに移動しています…',
  redirectLink: '今すぐ移動',
  invitationSentTo: (email) => `${email} に招待状を送信しました`,
  invitationSent: 'カレンダーの招待状をお送りしています。',
  nextStepsHeading: '今後の流れ',
  summaryLabel: 'ミーティングの詳細',
  nextAvailable: (date, dateLocale) => `次に空いている日時：${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name}（${currentTime}）`,
  timeZoneSuggested: 'おすすめ',
  failureOffline: 'オフラインです。入力内容は保持されています。何も送信されていません。オンラインに戻ったら、もう一度予約ボタンを押してください。',
  failureVerification: 'ロボットではないことの確認が完了しなかったため、予約されませんでした。もう一度確認を行ってから予約してください。',
} satisfies Messages;
