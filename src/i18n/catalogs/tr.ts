// Turkish (Türkçe). Formal address ("siz"), as Turkish business software uses. Labels are followed
// by "alanı" (field), so no suffix has to follow a label's own vowels.
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

const locale = 'tr';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Toplantı planlayın',
  loading: 'Uygun saatler yükleniyor…',
  durationLabel: duration,
  durationTabsLabel: 'Toplantı süresi',
  singleDurationLabel: (ms) => `Süre: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# uygun saat', other: '# uygun saat' }),
    none: 'uygun saat yok',
    selected: 'seçildi',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Önceki ay',
  nextMonth: 'Sonraki ay',
  loadingMonth: 'Saatler yükleniyor…',
  noTimesThisMonth: 'Bu ay uygun saat yok.',
  pickADay: 'Uygun saatleri görmek için bir gün seçin.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Saat dilimi',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Eşleşen saat dilimi yok',
  timeZoneMatches: plural(locale, { one: '# saat dilimi', other: '# saat dilimi' }),
  hourCycleLabel: 'Saat biçimi',
  hourCycle12: '12 saat',
  hourCycle24: '24 saat',
  noTimesAvailable: 'Uygun saat yok',
  noTimesAvailableDescription: 'Bu planlama sayfasında şu anda uygun saat yok. Lütfen daha sonra tekrar bakın.',
  pageNotFound: 'Bu planlama sayfası bulunamadı',
  pageNotFoundDescription: 'Bağlantıyı kontrol edin veya düzenleyiciden yeni bir bağlantı isteyin.',
  loadFailed: 'Uygun saatler yüklenemedi',
  errorDescription: byErrorKind({
    offline: 'Çevrimdışısınız. Saatler yeniden çevrimiçi olduğunuzda yüklenecek.',
    network: 'Planlama hizmetine ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
    timeout: 'Planlama hizmeti çok geç yanıt verdi. Lütfen tekrar deneyin.',
    'rate-limited': 'Az önce çok fazla istek gönderildi. Lütfen biraz bekleyip tekrar deneyin.',
    server: 'Planlama hizmetinde bir sorun oluştu. Lütfen tekrar deneyin.',
    'invalid-response': 'Planlama hizmetinden gelen yanıt okunamadı. Lütfen daha sonra tekrar deneyin.',
    other: 'Bu planlama sayfası yüklenirken bir sorun oluştu. Lütfen tekrar deneyin.',
  }),
  unexpectedError: 'Planlayıcıda bir sorun oluştu. Lütfen sayfayı yeniden yükleyin.',
  tryAgain: 'Tekrar dene',
  slotTaken: 'Bu saat az önce doldu. Lütfen başka bir saat seçin.',
  dismiss: 'Kapat',
  roundRobinMembers: (names) => `Şu kişilerden biriyle görüşeceksiniz: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Görüşeceğiniz kişiler: ${formatList(names, locale)}`,
  locationLabel: 'Konum',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Toplantıyı ayarla',
  bookingInProgress: 'Ayarlanıyor…',
  bookingStepHeading: 'Bilgileriniz',
  slotSummaryLabel: 'Seçilen saat',
  changeSlot: 'Değiştir',
  changeSlotLabel: 'Seçilen saati değiştir',
  firstNameLabel: 'Ad',
  lastNameLabel: 'Soyadı',
  emailLabel: 'E-posta',
  requiredMarker: '(zorunlu)',
  lockedHint: 'Sayfa tarafından belirlendi; burada değiştirilemez.',
  selectPlaceholder: 'Seçin…',
  guestsHeading: 'Misafirler',
  guestsHint: plural(locale, { one: 'En fazla # misafir davet edebilirsiniz.', other: 'En fazla # misafir davet edebilirsiniz.' }),
  guestEmailLabel: (position) => `${n(position)}. misafirin e-posta adresi`,
  addGuest: 'Misafir ekle',
  removeGuest: (position) => `${n(position)}. misafiri kaldır`,
  guestAdded: 'Misafir eklendi',
  guestRemoved: 'Misafir kaldırıldı',
  consentHeading: 'Onay',
  processingConsentFallbackLabel: 'Düzenleyicinin kişisel verilerimi saklamasını ve işlemesini kabul ediyorum.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Lütfen “${label.trim()}” sorusunu yanıtlayın.` : `${label} alanı zorunludur.`,
  errorEmailFormat: 'name@example.com gibi bir e-posta adresi girin.',
  errorGuestEmailFormat: (position) => `${n(position)}. misafir: name@example.com gibi bir e-posta adresi girin.`,
  errorGuestDuplicate: (position) => `${n(position)}. misafir zaten listede.`,
  errorGuestIsVisitor: (position) => `${n(position)}. misafir sizin kendi e-posta adresiniz; zaten davetlisiniz.`,
  errorTooManyGuests: plural(locale, { one: 'En fazla # misafir davet edebilirsiniz.', other: 'En fazla # misafir davet edebilirsiniz.' }),
  errorNumber: (label) => `${label} alanı bir sayı olmalıdır.`,
  errorDate: (label) => `${label} alanı 2025-01-31 gibi bir tarih olmalıdır.`,
  errorTickRequired: (label) => `Devam etmek için “${label.replace(/[.:]+$/, '')}” seçeneğini işaretleyin.`,
  errorSummaryHeading: plural(locale, { one: '# alan dikkat gerektiriyor', other: '# alan dikkat gerektiriyor' }),
  failureNetwork: 'Rezervasyon hizmetine ulaşılamadı, bu nedenle toplantı ayarlanmadı. Bağlantınızı kontrol edip tekrar deneyin.',
  failureTimeout:
    'Rezervasyon hizmeti çok geç yanıt verdi, bu nedenle toplantının ayarlanıp ayarlanmadığı bilinmiyor. Tekrar denemeden önce e-postanızda bir onay olup olmadığına bakın.',
  failureRateLimited: optionalPlural(
    'Kısa sürede çok fazla deneme yapıldı. Lütfen biraz bekleyip tekrar deneyin.',
    plural(locale, {
      one: 'Kısa sürede çok fazla deneme yapıldı. Lütfen # saniye bekleyip tekrar deneyin.',
      other: 'Kısa sürede çok fazla deneme yapıldı. Lütfen # saniye bekleyip tekrar deneyin.',
    }),
  ),
  failureServer: 'Rezervasyon hizmetinde bir sorun oluştu, bu nedenle toplantı ayarlanmadı. Lütfen tekrar deneyin.',
  failureRejected: (message) => `Rezervasyon kabul edilmedi: ${message}`,
  failureNotFound: 'Bu planlama sayfası artık mevcut değil, bu nedenle toplantı ayarlanamadı.',
  failureInvalidResponse:
    'Rezervasyon hizmetinden gelen yanıt okunamadı, bu nedenle toplantının ayarlanıp ayarlanmadığı bilinmiyor. Tekrar denemeden önce e-postanızda bir onay olup olmadığına bakın.',
  retryBooking: 'Tekrar dene',
  bookedHeading: 'Toplantı ayarlandı',
  requestedHeading: 'Toplantı talebi gönderildi',
  bookedNotice: 'Bu toplantı için bir takvim daveti oluşturuldu.',
  offlineNotice: 'Takvim daveti oluşturulmadı. Düzenleyiciye bilgi verildi; sizinle iletişime geçecek.',
  confirmationDateLabel: 'Tarih',
  confirmationTimeLabel: 'Saat',
  confirmationTimeZoneLabel: 'Saat dilimi',
  confirmationDurationLabel: 'Süre',
  confirmationSubjectLabel: 'Konu',
  confirmationLocationLabel: 'Konum',
  confirmationJoinLabel: 'Görüntülü görüşme',
  confirmationJoinLink: 'Toplantıya katıl',
  confirmationOrganizerLabel: 'Düzenleyen',
  confirmationGuestsLabel: 'Misafirler',
  addToCalendarHeading: 'Takvime ekle',
  meetingTitle: (organizer) => (organizer ? `${organizer} ile toplantı` : 'Toplantı'),
  opensInNewTab: '(yeni sekmede açılır)',
  downloadIcs: '.ics dosyasını indir',
  googleCalendar: 'Google Takvim',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Sonraki sayfaya yönlendiriliyorsunuz…',
  redirectLink: 'Hemen devam et',
  invitationSentTo: (email) => `Davet ${email} adresine gönderildi`,
  invitationSent: 'Takvim daveti yolda.',
  nextStepsHeading: 'Sırada ne var',
  summaryLabel: 'Toplantı ayrıntıları',
  nextAvailable: (date, dateLocale) => `İlk uygun zaman: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Önerilenler',
  failureOffline: 'Çevrimdışısınız: bilgileriniz korunuyor. Hiçbir şey gönderilmedi; yeniden çevrimiçi olduğunuzda rezervasyon düğmesine tekrar basın.',
  failureVerification: 'Robot olmadığınızı doğrulama başarısız oldu, bu yüzden toplantı ayarlanmadı. Doğrulamayı tekrarlayın, ardından rezervasyon yapın.',
} satisfies Messages;
