// Indonesian (Bahasa Indonesia). Formal "Anda", as Indonesian business software uses.
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

const locale = 'id';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Jadwalkan rapat',
  loading: 'Memuat waktu yang tersedia…',
  durationLabel: duration,
  durationTabsLabel: 'Durasi rapat',
  singleDurationLabel: (ms) => `Durasi: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { other: '# waktu tersedia' }),
    none: 'tidak ada waktu tersedia',
    selected: 'dipilih',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Bulan sebelumnya',
  nextMonth: 'Bulan berikutnya',
  loadingMonth: 'Memuat waktu…',
  noTimesThisMonth: 'Tidak ada waktu tersedia bulan ini.',
  pickADay: 'Pilih tanggal untuk melihat waktu yang tersedia.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Zona waktu',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Tidak ada zona waktu yang cocok',
  timeZoneMatches: plural(locale, { other: '# zona waktu' }),
  hourCycleLabel: 'Format waktu',
  hourCycle12: '12 jam',
  hourCycle24: '24 jam',
  noTimesAvailable: 'Tidak ada waktu tersedia',
  noTimesAvailableDescription: 'Saat ini tidak ada waktu yang tersedia di halaman penjadwalan ini. Silakan periksa lagi nanti.',
  pageNotFound: 'Halaman penjadwalan ini tidak ditemukan',
  pageNotFoundDescription: 'Periksa tautannya, atau minta tautan baru kepada penyelenggara.',
  loadFailed: 'Waktu yang tersedia tidak dapat dimuat',
  errorDescription: byErrorKind({
    offline: 'Anda sedang offline. Waktu akan dimuat setelah Anda kembali online.',
    network: 'Layanan penjadwalan tidak dapat dihubungi. Periksa koneksi Anda, lalu coba lagi.',
    timeout: 'Layanan penjadwalan terlalu lama merespons. Silakan coba lagi.',
    'rate-limited': 'Terlalu banyak permintaan saat ini. Harap tunggu sebentar, lalu coba lagi.',
    server: 'Terjadi masalah pada layanan penjadwalan. Silakan coba lagi.',
    'invalid-response': 'Respons dari layanan penjadwalan tidak dapat dibaca. Silakan coba lagi nanti.',
    other: 'Terjadi kesalahan saat memuat halaman penjadwalan ini. Silakan coba lagi.',
  }),
  unexpectedError: 'Terjadi kesalahan pada penjadwal. Silakan muat ulang halaman.',
  tryAgain: 'Coba lagi',
  slotTaken: 'Waktu tersebut baru saja dipesan orang lain. Silakan pilih waktu lain.',
  dismiss: 'Tutup',
  roundRobinMembers: (names) => `Anda akan bertemu dengan salah satu dari: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Anda akan bertemu dengan: ${formatList(names, locale)}`,
  locationLabel: 'Lokasi',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Pesan rapat',
  bookingInProgress: 'Memesan…',
  bookingStepHeading: 'Masukkan detail Anda',
  slotSummaryLabel: 'Waktu yang dipilih',
  changeSlot: 'Ubah',
  changeSlotLabel: 'Ubah waktu yang dipilih',
  firstNameLabel: 'Nama depan',
  lastNameLabel: 'Nama belakang',
  emailLabel: 'Email',
  requiredMarker: '(wajib diisi)',
  lockedHint: 'Sudah ditentukan oleh halaman; tidak dapat diubah di sini.',
  selectPlaceholder: 'Pilih…',
  guestsHeading: 'Tamu',
  guestsHint: plural(locale, { other: 'Anda dapat mengundang hingga # tamu.' }),
  guestEmailLabel: (position) => `Email tamu ${n(position)}`,
  addGuest: 'Tambahkan tamu',
  removeGuest: (position) => `Hapus tamu ${n(position)}`,
  guestAdded: 'Tamu ditambahkan',
  guestRemoved: 'Tamu dihapus',
  consentHeading: 'Persetujuan',
  processingConsentFallbackLabel: 'Saya mengizinkan penyelenggara untuk menyimpan dan memproses data pribadi saya.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Jawab “${label.trim()}”.` : `${label} wajib diisi.`,
  errorEmailFormat: 'Masukkan alamat email seperti name@example.com.',
  errorGuestEmailFormat: (position) => `Tamu ${n(position)}: masukkan alamat email seperti name@example.com.`,
  errorGuestDuplicate: (position) => `Tamu ${n(position)} sudah ada dalam daftar.`,
  errorGuestIsVisitor: (position) => `Tamu ${n(position)} adalah email Anda sendiri; Anda sudah diundang.`,
  errorTooManyGuests: plural(locale, { other: 'Anda hanya dapat mengundang maksimal # tamu.' }),
  errorNumber: (label) => `${label} harus berupa angka.`,
  errorDate: (label) => `${label} harus berupa tanggal seperti 2025-01-31.`,
  errorTickRequired: (label) => `Centang “${label.replace(/[.:]+$/, '')}” untuk melanjutkan.`,
  errorSummaryHeading: plural(locale, { other: '# kolom perlu diperiksa' }),
  failureNetwork:
    'Layanan pemesanan tidak dapat dihubungi, sehingga rapat belum dipesan. Periksa koneksi Anda, lalu coba lagi.',
  failureTimeout:
    'Layanan pemesanan terlalu lama merespons, sehingga belum diketahui apakah rapat sudah dipesan. Periksa email Anda untuk melihat konfirmasi sebelum mencoba lagi.',
  failureRateLimited: optionalPlural(
    'Terlalu banyak percobaan dalam waktu singkat. Harap tunggu sebentar, lalu coba lagi.',
    plural(locale, {
      other: 'Terlalu banyak percobaan dalam waktu singkat. Harap tunggu # detik, lalu coba lagi.',
    }),
  ),
  failureServer: 'Terjadi masalah pada layanan pemesanan, sehingga rapat belum dipesan. Silakan coba lagi.',
  failureRejected: (message) => `Pemesanan tidak diterima: ${message}`,
  failureNotFound: 'Halaman penjadwalan ini sudah tidak ada, sehingga rapat tidak dapat dipesan.',
  failureInvalidResponse:
    'Respons dari layanan pemesanan tidak dapat dibaca, sehingga belum diketahui apakah rapat sudah dipesan. Periksa email Anda untuk melihat konfirmasi sebelum mencoba lagi.',
  retryBooking: 'Coba lagi',
  bookedHeading: 'Rapat telah dipesan',
  requestedHeading: 'Permintaan rapat telah dikirim',
  bookedNotice: 'Undangan kalender telah dibuat untuk rapat ini.',
  offlineNotice: 'Tidak ada undangan kalender yang dibuat. Penyelenggara telah diberi tahu dan akan menghubungi Anda.',
  confirmationDateLabel: 'Tanggal',
  confirmationTimeLabel: 'Waktu',
  confirmationTimeZoneLabel: 'Zona waktu',
  confirmationDurationLabel: 'Durasi',
  confirmationSubjectLabel: 'Subjek',
  confirmationLocationLabel: 'Lokasi',
  confirmationJoinLabel: 'Panggilan video',
  confirmationJoinLink: 'Gabung ke rapat',
  confirmationOrganizerLabel: 'Penyelenggara',
  confirmationGuestsLabel: 'Tamu',
  addToCalendarHeading: 'Tambahkan ke kalender',
  meetingTitle: (organizer) => (organizer ? `Rapat dengan ${organizer}` : 'Rapat'),
  opensInNewTab: '(terbuka di tab baru)',
  downloadIcs: 'Unduh file .ics',
  googleCalendar: 'Google Kalender',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Mengarahkan Anda ke halaman berikutnya…',
  redirectLink: 'Lanjutkan sekarang',
  invitationSentTo: (email) => `Undangan dikirim ke ${email}`,
  invitationSent: 'Undangan kalender sedang dikirim.',
  nextStepsHeading: 'Langkah selanjutnya',
  summaryLabel: 'Detail rapat',
  nextAvailable: (date, dateLocale) => `Waktu tersedia berikutnya: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Disarankan',
  failureOffline: 'Anda sedang offline: data Anda tetap tersimpan. Tidak ada yang dikirim; tekan tombol pesan lagi setelah Anda kembali online.',
  failureVerification: 'Pemeriksaan bahwa Anda bukan robot tidak lolos, jadi rapat tidak dipesan. Selesaikan pemeriksaan lagi, lalu pesan.',
} satisfies Messages;
