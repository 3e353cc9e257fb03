// Greek (Ελληνικά). Formal plural address ("εσείς"), as Greek business software uses.
// Gender-neutral: "ο διοργανωτής ή η διοργανώτρια".
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

const locale = 'el';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Προγραμματισμός συνάντησης',
  loading: 'Φόρτωση διαθέσιμων ωρών…',
  durationLabel: duration,
  durationTabsLabel: 'Διάρκεια συνάντησης',
  singleDurationLabel: (ms) => `Διάρκεια: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# διαθέσιμη ώρα', other: '# διαθέσιμες ώρες' }),
    none: 'χωρίς διαθέσιμες ώρες',
    selected: 'επιλεγμένη',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Προηγούμενος μήνας',
  nextMonth: 'Επόμενος μήνας',
  loadingMonth: 'Φόρτωση ωρών…',
  noTimesThisMonth: 'Δεν υπάρχουν διαθέσιμες ώρες αυτόν τον μήνα.',
  pickADay: 'Επιλέξτε μια ημέρα για να δείτε τις διαθέσιμες ώρες.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Ζώνη ώρας',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Δεν βρέθηκε αντίστοιχη ζώνη ώρας',
  timeZoneMatches: plural(locale, { one: '# ζώνη ώρας', other: '# ζώνες ώρας' }),
  hourCycleLabel: 'Μορφή ώρας',
  hourCycle12: '12ωρη',
  hourCycle24: '24ωρη',
  noTimesAvailable: 'Δεν υπάρχουν διαθέσιμες ώρες',
  noTimesAvailableDescription: 'Αυτή τη στιγμή δεν υπάρχουν διαθέσιμες ώρες σε αυτή τη σελίδα προγραμματισμού. Ελέγξτε ξανά αργότερα.',
  pageNotFound: 'Δεν βρέθηκε αυτή η σελίδα προγραμματισμού',
  pageNotFoundDescription: 'Ελέγξτε τον σύνδεσμο ή ζητήστε νέο από τον διοργανωτή ή τη διοργανώτρια.',
  loadFailed: 'Δεν ήταν δυνατή η φόρτωση των διαθέσιμων ωρών',
  errorDescription: byErrorKind({
    offline: 'Είστε εκτός σύνδεσης. Οι ώρες θα φορτωθούν όταν συνδεθείτε ξανά.',
    network: 'Δεν ήταν δυνατή η σύνδεση με την υπηρεσία προγραμματισμού. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.',
    timeout: 'Η υπηρεσία προγραμματισμού άργησε πολύ να απαντήσει. Δοκιμάστε ξανά.',
    'rate-limited': 'Υποβλήθηκαν πάρα πολλά αιτήματα μόλις τώρα. Περιμένετε λίγο και δοκιμάστε ξανά.',
    server: 'Παρουσιάστηκε πρόβλημα στην υπηρεσία προγραμματισμού. Δοκιμάστε ξανά.',
    'invalid-response': 'Η απάντηση της υπηρεσίας προγραμματισμού δεν ήταν αναγνώσιμη. Δοκιμάστε ξανά αργότερα.',
    other: 'Παρουσιάστηκε πρόβλημα κατά τη φόρτωση αυτής της σελίδας προγραμματισμού. Δοκιμάστε ξανά.',
  }),
  unexpectedError: 'Παρουσιάστηκε πρόβλημα στο εργαλείο προγραμματισμού. Φορτώστε ξανά τη σελίδα.',
  tryAgain: 'Δοκιμάστε ξανά',
  slotTaken: 'Αυτή η ώρα μόλις κλείστηκε. Επιλέξτε άλλη.',
  dismiss: 'Κλείσιμο',
  roundRobinMembers: (names) => `Θα συναντηθείτε με ένα από τα εξής άτομα: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Θα συναντηθείτε με: ${formatList(names, locale)}`,
  locationLabel: 'Τοποθεσία',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Κράτηση συνάντησης',
  bookingInProgress: 'Γίνεται κράτηση…',
  bookingStepHeading: 'Τα στοιχεία σας',
  slotSummaryLabel: 'Επιλεγμένη ώρα',
  changeSlot: 'Αλλαγή',
  changeSlotLabel: 'Αλλαγή της επιλεγμένης ώρας',
  firstNameLabel: 'Όνομα',
  lastNameLabel: 'Επώνυμο',
  emailLabel: 'Email',
  requiredMarker: '(υποχρεωτικό)',
  lockedHint: 'Ορίζεται από τη σελίδα· δεν μπορεί να αλλάξει εδώ.',
  selectPlaceholder: 'Επιλέξτε…',
  guestsHeading: 'Καλεσμένοι',
  guestsHint: plural(locale, {
    one: 'Μπορείτε να προσκαλέσετε έως # καλεσμένο.',
    other: 'Μπορείτε να προσκαλέσετε έως # καλεσμένους.',
  }),
  guestEmailLabel: (position) => `Email καλεσμένου ${n(position)}`,
  addGuest: 'Προσθήκη καλεσμένου',
  removeGuest: (position) => `Κατάργηση καλεσμένου ${n(position)}`,
  guestAdded: 'Ο καλεσμένος προστέθηκε',
  guestRemoved: 'Ο καλεσμένος αφαιρέθηκε',
  consentHeading: 'Συγκατάθεση',
  processingConsentFallbackLabel:
    'Συμφωνώ να αποθηκεύει και να επεξεργάζεται τα προσωπικά μου δεδομένα ο διοργανωτής ή η διοργανώτρια.',
  errorRequired: (label) =>
    /[?;\u037e]$/.test(label.trim()) ? `Απαντήστε στην ερώτηση «${label.trim()}».` : `Το πεδίο «${label}» είναι υποχρεωτικό.`,
  errorEmailFormat: 'Εισαγάγετε μια διεύθυνση email όπως name@example.com.',
  errorGuestEmailFormat: (position) => `Καλεσμένος ${n(position)}: εισαγάγετε μια διεύθυνση email όπως name@example.com.`,
  errorGuestDuplicate: (position) => `Ο καλεσμένος ${n(position)} υπάρχει ήδη στη λίστα.`,
  errorGuestIsVisitor: (position) => `Το email του καλεσμένου ${n(position)} είναι το δικό σας· έχετε ήδη προσκληθεί.`,
  errorTooManyGuests: plural(locale, {
    one: 'Μπορείτε να προσκαλέσετε το πολύ # καλεσμένο.',
    other: 'Μπορείτε να προσκαλέσετε το πολύ # καλεσμένους.',
  }),
  errorNumber: (label) => `Το πεδίο «${label}» πρέπει να είναι αριθμός.`,
  errorDate: (label) => `Το πεδίο «${label}» πρέπει να είναι ημερομηνία όπως 2025-01-31.`,
  errorTickRequired: (label) => `Επιλέξτε «${label.replace(/[.:]+$/, '')}» για να συνεχίσετε.`,
  errorSummaryHeading: plural(locale, { one: '# πεδίο χρειάζεται προσοχή', other: '# πεδία χρειάζονται προσοχή' }),
  failureNetwork:
    'Δεν ήταν δυνατή η σύνδεση με την υπηρεσία κρατήσεων, οπότε η συνάντηση δεν κλείστηκε. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.',
  failureTimeout:
    'Η υπηρεσία κρατήσεων άργησε πολύ να απαντήσει, οπότε δεν είναι γνωστό αν η συνάντηση κλείστηκε. Ελέγξτε αν λάβατε email επιβεβαίωσης πριν δοκιμάσετε ξανά.',
  failureRateLimited: optionalPlural(
    'Πάρα πολλές προσπάθειες σε σύντομο χρονικό διάστημα. Περιμένετε λίγο και δοκιμάστε ξανά.',
    plural(locale, {
      one: 'Πάρα πολλές προσπάθειες σε σύντομο χρονικό διάστημα. Περιμένετε # δευτερόλεπτο και δοκιμάστε ξανά.',
      other: 'Πάρα πολλές προσπάθειες σε σύντομο χρονικό διάστημα. Περιμένετε # δευτερόλεπτα και δοκιμάστε ξανά.',
    }),
  ),
  failureServer: 'Παρουσιάστηκε πρόβλημα στην υπηρεσία κρατήσεων, οπότε η συνάντηση δεν κλείστηκε. Δοκιμάστε ξανά.',
  failureRejected: (message) => `Η κράτηση δεν έγινε δεκτή: ${message}`,
  failureNotFound: 'Αυτή η σελίδα προγραμματισμού δεν υπάρχει πια, οπότε η συνάντηση δεν ήταν δυνατό να κλειστεί.',
  failureInvalidResponse:
    'Η απάντηση της υπηρεσίας κρατήσεων δεν ήταν αναγνώσιμη, οπότε δεν είναι γνωστό αν η συνάντηση κλείστηκε. Ελέγξτε αν λάβατε email επιβεβαίωσης πριν δοκιμάσετε ξανά.',
  retryBooking: 'Δοκιμάστε ξανά',
  bookedHeading: 'Η συνάντηση κλείστηκε',
  requestedHeading: 'Το αίτημα συνάντησης στάλθηκε',
  bookedNotice: 'Δημιουργήθηκε πρόσκληση ημερολογίου για αυτή τη συνάντηση.',
  offlineNotice:
    'Δεν δημιουργήθηκε πρόσκληση ημερολογίου. Ο διοργανωτής ή η διοργανώτρια έχει ειδοποιηθεί και θα επικοινωνήσει μαζί σας.',
  confirmationDateLabel: 'Ημερομηνία',
  confirmationTimeLabel: 'Ώρα',
  confirmationTimeZoneLabel: 'Ζώνη ώρας',
  confirmationDurationLabel: 'Διάρκεια',
  confirmationSubjectLabel: 'Θέμα',
  confirmationLocationLabel: 'Τοποθεσία',
  confirmationJoinLabel: 'Βιντεοκλήση',
  confirmationJoinLink: 'Συμμετοχή στη συνάντηση',
  confirmationOrganizerLabel: 'Διοργάνωση',
  confirmationGuestsLabel: 'Καλεσμένοι',
  addToCalendarHeading: 'Προσθήκη στο ημερολόγιο',
  meetingTitle: (organizer) => (organizer ? `Συνάντηση με ${organizer}` : 'Συνάντηση'),
  opensInNewTab: '(ανοίγει σε νέα καρτέλα)',
  downloadIcs: 'Λήψη αρχείου .ics',
  googleCalendar: 'Ημερολόγιο Google',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Μεταφέρεστε στην επόμενη σελίδα…',
  redirectLink: 'Συνέχεια τώρα',
  invitationSentTo: (email) => `Η πρόσκληση στάλθηκε στο ${email}`,
  invitationSent: 'Μια πρόσκληση ημερολογίου είναι καθ’ οδόν.',
  nextStepsHeading: 'Τι ακολουθεί',
  summaryLabel: 'Λεπτομέρειες συνάντησης',
  nextAvailable: (date, dateLocale) => `Επόμενη διαθεσιμότητα: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Προτεινόμενες',
  failureOffline: 'Είστε εκτός σύνδεσης: τα στοιχεία σας διατηρούνται. Δεν στάλθηκε τίποτα· πατήστε ξανά το κουμπί κράτησης όταν συνδεθείτε ξανά.',
  failureVerification: 'Ο έλεγχος ότι δεν είστε ρομπότ δεν ολοκληρώθηκε επιτυχώς, οπότε η συνάντηση δεν κλείστηκε. Κάντε ξανά τον έλεγχο και μετά κλείστε τη συνάντηση.',
} satisfies Messages;
