// Malay (Bahasa Melayu, Malaysia). Polite "anda" (Malaysian usage), as Malaysian business software uses;
// Malaysian terms (mesyuarat, e-mel, pautan, fail), not Indonesian ones.
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

const locale = 'ms';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Jadualkan mesyuarat',
  loading: 'Memuatkan masa yang tersedia…',
  durationLabel: duration,
  durationTabsLabel: 'Tempoh mesyuarat',
  singleDurationLabel: (ms) => `Tempoh: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { other: '# masa tersedia' }),
    none: 'tiada masa yang tersedia',
    selected: 'dipilih',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Bulan sebelumnya',
  nextMonth: 'Bulan seterusnya',
  loadingMonth: 'Memuatkan masa…',
  noTimesThisMonth: 'Tiada masa yang tersedia pada bulan ini.',
  pickADay: 'Pilih satu hari untuk melihat masa yang tersedia.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Zon waktu',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Tiada zon waktu yang sepadan',
  timeZoneMatches: plural(locale, { other: '# zon waktu' }),
  hourCycleLabel: 'Format masa',
  hourCycle12: '12 jam',
  hourCycle24: '24 jam',
  noTimesAvailable: 'Tiada masa yang tersedia',
  noTimesAvailableDescription: 'Tiada masa terbuka pada halaman penjadualan ini buat masa ini. Sila semak semula kemudian.',
  pageNotFound: 'Halaman penjadualan ini tidak dapat ditemukan',
  pageNotFoundDescription: 'Semak pautan tersebut, atau minta pautan baharu daripada penganjur.',
  loadFailed: 'Masa yang tersedia tidak dapat dimuatkan',
  errorDescription: byErrorKind({
    offline: 'Anda di luar talian. Masa akan dimuatkan apabila anda kembali dalam talian.',
    network: 'Perkhidmatan penjadualan tidak dapat dihubungi. Semak sambungan anda dan cuba lagi.',
    timeout: 'Perkhidmatan penjadualan mengambil masa terlalu lama untuk menjawab. Sila cuba lagi.',
    'rate-limited': 'Terlalu banyak permintaan sebentar tadi. Sila tunggu sebentar dan cuba lagi.',
    server: 'Perkhidmatan penjadualan menghadapi masalah. Sila cuba lagi.',
    'invalid-response': 'Jawapan daripada perkhidmatan penjadualan tidak dapat dibaca. Sila cuba lagi kemudian.',
    other: 'Berlaku ralat semasa memuatkan halaman penjadualan ini. Sila cuba lagi.',
  }),
  unexpectedError: 'Berlaku ralat pada penjadual. Sila muat semula halaman.',
  tryAgain: 'Cuba lagi',
  slotTaken: 'Masa itu baru sahaja ditempah. Sila pilih masa lain.',
  dismiss: 'Tutup',
  roundRobinMembers: (names) => `Anda akan berjumpa dengan salah seorang daripada: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Anda akan berjumpa dengan: ${formatList(names, locale)}`,
  locationLabel: 'Lokasi',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Tempah mesyuarat',
  bookingInProgress: 'Menempah…',
  bookingStepHeading: 'Masukkan butiran anda',
  slotSummaryLabel: 'Masa yang dipilih',
  changeSlot: 'Tukar',
  changeSlotLabel: 'Tukar masa yang dipilih',
  firstNameLabel: 'Nama pertama',
  lastNameLabel: 'Nama keluarga',
  emailLabel: 'E-mel',
  requiredMarker: '(wajib)',
  lockedHint: 'Ditetapkan oleh halaman; tidak boleh ditukar di sini.',
  selectPlaceholder: 'Pilih…',
  guestsHeading: 'Tetamu',
  guestsHint: plural(locale, { other: 'Anda boleh menjemput sehingga # orang tetamu.' }),
  guestEmailLabel: (position) => `E-mel tetamu ${n(position)}`,
  addGuest: 'Tambah tetamu',
  removeGuest: (position) => `Alih keluar tetamu ${n(position)}`,
  guestAdded: 'Tetamu ditambah',
  guestRemoved: 'Tetamu dialih keluar',
  consentHeading: 'Persetujuan',
  processingConsentFallbackLabel: 'Saya bersetuju membenarkan penganjur menyimpan dan memproses data peribadi saya.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Jawab “${label.trim()}”.` : `${label} wajib diisi.`,
  errorEmailFormat: 'Masukkan alamat e-mel seperti name@example.com.',
  errorGuestEmailFormat: (position) => `Tetamu ${n(position)}: masukkan alamat e-mel seperti name@example.com.`,
  errorGuestDuplicate: (position) => `Tetamu ${n(position)} sudah ada dalam senarai.`,
  errorGuestIsVisitor: (position) => `Tetamu ${n(position)} ialah e-mel anda sendiri; anda sudah dijemput.`,
  errorTooManyGuests: plural(locale, { other: 'Anda hanya boleh menjemput paling banyak # orang tetamu.' }),
  errorNumber: (label) => `${label} mestilah nombor.`,
  errorDate: (label) => `${label} mestilah tarikh seperti 2025-01-31.`,
  errorTickRequired: (label) => `Tandakan “${label.replace(/[.:]+$/, '')}” untuk meneruskan.`,
  errorSummaryHeading: plural(locale, { other: '# medan perlu diberi perhatian' }),
  failureNetwork:
    'Perkhidmatan tempahan tidak dapat dihubungi, jadi mesyuarat tidak ditempah. Semak sambungan anda dan cuba lagi.',
  failureTimeout:
    'Perkhidmatan tempahan mengambil masa terlalu lama untuk menjawab, jadi tidak diketahui sama ada mesyuarat telah ditempah. Semak e-mel anda untuk pengesahan sebelum mencuba lagi.',
  failureRateLimited: optionalPlural(
    'Terlalu banyak percubaan dalam masa yang singkat. Sila tunggu sebentar dan cuba lagi.',
    plural(locale, {
      other: 'Terlalu banyak percubaan dalam masa yang singkat. Sila tunggu # saat dan cuba lagi.',
    }),
  ),
  failureServer: 'Perkhidmatan tempahan menghadapi masalah, jadi mesyuarat tidak ditempah. Sila cuba lagi.',
  failureRejected: (message) => `Tempahan tidak diterima: ${message}`,
  failureNotFound: 'Halaman penjadualan ini tidak wujud lagi, jadi mesyuarat tidak dapat ditempah.',
  failureInvalidResponse:
    'Jawapan daripada perkhidmatan tempahan tidak dapat dibaca, jadi tidak diketahui sama ada mesyuarat telah ditempah. Semak e-mel anda untuk pengesahan sebelum mencuba lagi.',
  retryBooking: 'Cuba lagi',
  bookedHeading: 'Mesyuarat telah ditempah',
  requestedHeading: 'Permintaan mesyuarat telah dihantar',
  bookedNotice: 'Jemputan kalendar telah dibuat untuk mesyuarat ini.',
  offlineNotice: 'Tiada jemputan kalendar dibuat. Penganjur telah dimaklumkan dan akan menghubungi anda.',
  confirmationDateLabel: 'Tarikh',
  confirmationTimeLabel: 'Masa',
  confirmationTimeZoneLabel: 'Zon waktu',
  confirmationDurationLabel: 'Tempoh',
  confirmationSubjectLabel: 'Subjek',
  confirmationLocationLabel: 'Lokasi',
  confirmationJoinLabel: 'Panggilan video',
  confirmationJoinLink: 'Sertai mesyuarat',
  confirmationOrganizerLabel: 'Penganjur',
  confirmationGuestsLabel: 'Tetamu',
  addToCalendarHeading: 'Tambah pada kalendar',
  meetingTitle: (organizer) => (organizer ? `Mesyuarat dengan ${organizer}` : 'Mesyuarat'),
  opensInNewTab: '(dibuka dalam tab baharu)',
  downloadIcs: 'Muat turun fail .ics',
  googleCalendar: 'Kalendar Google',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Membawa anda ke halaman seterusnya…',
  redirectLink: 'Teruskan sekarang',
  invitationSentTo: (email) => `Jemputan dihantar kepada ${email}`,
  invitationSent: 'Jemputan kalendar sedang dihantar.',
  nextStepsHeading: 'Langkah seterusnya',
  summaryLabel: 'Butiran mesyuarat',
  nextAvailable: (date, dateLocale) => `Masa terluang seterusnya: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Dicadangkan',
  failureOffline: 'Anda di luar talian: butiran anda disimpan. Tiada apa-apa dihantar; tekan butang tempah sekali lagi apabila anda kembali dalam talian.',
  failureVerification: 'Semakan bahawa anda bukan robot tidak lulus, jadi mesyuarat tidak ditempah. Lengkapkan semakan sekali lagi, kemudian tempah.',
} satisfies Messages;
