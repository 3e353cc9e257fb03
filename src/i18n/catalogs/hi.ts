// Hindi (हिन्दी). Polite "आप", everyday UI Hindi as Indian SaaS products write it (मीटिंग, ईमेल,
// लिंक), sentences ending with the danda (।). Hindi's "one" category also covers 0.
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

const locale = 'hi';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'मीटिंग शेड्यूल करें',
  loading: 'उपलब्ध समय लोड हो रहे हैं…',
  durationLabel: duration,
  durationTabsLabel: 'मीटिंग की अवधि',
  singleDurationLabel: (ms) => `अवधि: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# समय उपलब्ध', other: '# समय उपलब्ध' }),
    none: 'कोई समय उपलब्ध नहीं',
    selected: 'चयनित',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'पिछला महीना',
  nextMonth: 'अगला महीना',
  loadingMonth: 'समय लोड हो रहे हैं…',
  noTimesThisMonth: 'इस महीने कोई समय उपलब्ध नहीं है।',
  pickADay: 'उपलब्ध समय देखने के लिए कोई दिन चुनें।',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'समय क्षेत्र',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'कोई मेल खाता समय क्षेत्र नहीं मिला',
  timeZoneMatches: plural(locale, { one: '# समय क्षेत्र', other: '# समय क्षेत्र' }),
  hourCycleLabel: 'समय का फ़ॉर्मैट',
  hourCycle12: '12 घंटे',
  hourCycle24: '24 घंटे',
  noTimesAvailable: 'कोई समय उपलब्ध नहीं है',
  noTimesAvailableDescription: 'इस शेड्यूलिंग पेज पर अभी कोई समय खाली नहीं है। कृपया बाद में फिर से देखें।',
  pageNotFound: 'यह शेड्यूलिंग पेज नहीं मिला',
  pageNotFoundDescription: 'लिंक जाँचें, या आयोजक से नया लिंक माँगें।',
  loadFailed: 'उपलब्ध समय लोड नहीं किए जा सके',
  errorDescription: byErrorKind({
    offline: 'आप ऑफ़लाइन हैं। ऑनलाइन होने पर समय लोड हो जाएँगे।',
    network: 'शेड्यूलिंग सेवा से कनेक्ट नहीं हो सका। अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
    timeout: 'शेड्यूलिंग सेवा ने जवाब देने में बहुत ज़्यादा समय लिया। कृपया फिर से कोशिश करें।',
    'rate-limited': 'अभी बहुत ज़्यादा अनुरोध आए हैं। कृपया थोड़ी देर रुककर फिर से कोशिश करें।',
    server: 'शेड्यूलिंग सेवा में कोई समस्या आई। कृपया फिर से कोशिश करें।',
    'invalid-response': 'शेड्यूलिंग सेवा से मिला जवाब पढ़ा नहीं जा सका। कृपया बाद में फिर से कोशिश करें।',
    other: 'यह शेड्यूलिंग पेज लोड करते समय कोई गड़बड़ी हुई। कृपया फिर से कोशिश करें।',
  }),
  unexpectedError: 'शेड्यूलर में कोई गड़बड़ी हुई। कृपया पेज को रीलोड करें।',
  tryAgain: 'फिर से कोशिश करें',
  slotTaken: 'वह समय अभी-अभी किसी और ने बुक कर लिया। कृपया कोई दूसरा समय चुनें।',
  dismiss: 'बंद करें',
  roundRobinMembers: (names) => `आपकी मीटिंग इनमें से किसी एक के साथ होगी: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `आपकी मीटिंग इनके साथ होगी: ${formatList(names, locale)}`,
  locationLabel: 'जगह',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'मीटिंग बुक करें',
  bookingInProgress: 'बुक हो रही है…',
  bookingStepHeading: 'अपनी जानकारी डालें',
  slotSummaryLabel: 'चुना गया समय',
  changeSlot: 'बदलें',
  changeSlotLabel: 'चुना गया समय बदलें',
  firstNameLabel: 'पहला नाम',
  lastNameLabel: 'उपनाम',
  emailLabel: 'ईमेल',
  requiredMarker: '(ज़रूरी)',
  lockedHint: 'यह पेज की ओर से भरा गया है; इसे यहाँ नहीं बदला जा सकता।',
  selectPlaceholder: 'चुनें…',
  guestsHeading: 'मेहमान',
  guestsHint: plural(locale, {
    one: 'आप ज़्यादा से ज़्यादा # मेहमान को आमंत्रित कर सकते हैं।',
    other: 'आप ज़्यादा से ज़्यादा # मेहमानों को आमंत्रित कर सकते हैं।',
  }),
  guestEmailLabel: (position) => `मेहमान ${n(position)} का ईमेल`,
  addGuest: 'मेहमान जोड़ें',
  removeGuest: (position) => `मेहमान ${n(position)} को हटाएँ`,
  guestAdded: 'मेहमान जोड़ा गया',
  guestRemoved: 'मेहमान हटाया गया',
  consentHeading: 'सहमति',
  processingConsentFallbackLabel: 'मैं सहमत हूँ कि आयोजक मेरा व्यक्तिगत डेटा सेव और प्रोसेस कर सकते हैं।',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `“${label.trim()}” का जवाब दें।` : `${label} ज़रूरी है।`,
  errorEmailFormat: 'name@example.com जैसा ईमेल पता डालें।',
  errorGuestEmailFormat: (position) => `मेहमान ${n(position)}: name@example.com जैसा ईमेल पता डालें।`,
  errorGuestDuplicate: (position) => `मेहमान ${n(position)} पहले से सूची में है।`,
  errorGuestIsVisitor: (position) => `मेहमान ${n(position)} आपका अपना ईमेल है; आपको पहले से आमंत्रित किया गया है।`,
  errorTooManyGuests: plural(locale, {
    one: 'आप ज़्यादा से ज़्यादा # मेहमान को ही आमंत्रित कर सकते हैं।',
    other: 'आप ज़्यादा से ज़्यादा # मेहमानों को ही आमंत्रित कर सकते हैं।',
  }),
  errorNumber: (label) => `${label} एक संख्या होनी चाहिए।`,
  errorDate: (label) => `${label} 2025-01-31 जैसी तारीख होनी चाहिए।`,
  errorTickRequired: (label) => `आगे बढ़ने के लिए “${label.replace(/[.:]+$/, '')}” पर सही का निशान लगाएँ।`,
  errorSummaryHeading: plural(locale, {
    one: '# फ़ील्ड पर ध्यान देना ज़रूरी है',
    other: '# फ़ील्ड पर ध्यान देना ज़रूरी है',
  }),
  failureNetwork:
    'बुकिंग सेवा से कनेक्ट नहीं हो सका, इसलिए मीटिंग बुक नहीं हुई। अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
  failureTimeout:
    'बुकिंग सेवा ने जवाब देने में बहुत ज़्यादा समय लिया, इसलिए पता नहीं है कि मीटिंग बुक हुई या नहीं। फिर से कोशिश करने से पहले अपने ईमेल में पुष्टि का संदेश देख लें।',
  failureRateLimited: optionalPlural(
    'कम समय में बहुत ज़्यादा कोशिशें हुई हैं। कृपया थोड़ी देर रुककर फिर से कोशिश करें।',
    plural(locale, {
      one: 'कम समय में बहुत ज़्यादा कोशिशें हुई हैं। कृपया # सेकंड रुककर फिर से कोशिश करें।',
      other: 'कम समय में बहुत ज़्यादा कोशिशें हुई हैं। कृपया # सेकंड रुककर फिर से कोशिश करें।',
    }),
  ),
  failureServer: 'बुकिंग सेवा में कोई गड़बड़ी हुई, इसलिए मीटिंग बुक नहीं हुई। कृपया फिर से कोशिश करें।',
  failureRejected: (message) => `बुकिंग स्वीकार नहीं की गई: ${message}`,
  failureNotFound: 'यह शेड्यूलिंग पेज अब मौजूद नहीं है, इसलिए मीटिंग बुक नहीं की जा सकी।',
  failureInvalidResponse:
    'बुकिंग सेवा से मिला जवाब पढ़ा नहीं जा सका, इसलिए पता नहीं है कि मीटिंग बुक हुई या नहीं। फिर से कोशिश करने से पहले अपने ईमेल में पुष्टि का संदेश देख लें।',
  retryBooking: 'फिर से कोशिश करें',
  bookedHeading: 'मीटिंग बुक हो गई',
  requestedHeading: 'मीटिंग का अनुरोध भेजा गया',
  bookedNotice: 'इस मीटिंग के लिए कैलेंडर आमंत्रण बना दिया गया है।',
  offlineNotice: 'कोई कैलेंडर आमंत्रण नहीं बनाया गया। आयोजक को सूचना दे दी गई है और वे आपसे संपर्क करेंगे।',
  confirmationDateLabel: 'तारीख',
  confirmationTimeLabel: 'समय',
  confirmationTimeZoneLabel: 'समय क्षेत्र',
  confirmationDurationLabel: 'अवधि',
  confirmationSubjectLabel: 'विषय',
  confirmationLocationLabel: 'जगह',
  confirmationJoinLabel: 'वीडियो कॉल',
  confirmationJoinLink: 'मीटिंग में शामिल हों',
  confirmationOrganizerLabel: 'आयोजक',
  confirmationGuestsLabel: 'मेहमान',
  addToCalendarHeading: 'कैलेंडर में जोड़ें',
  meetingTitle: (organizer) => (organizer ? `${organizer} के साथ मीटिंग` : 'मीटिंग'),
  opensInNewTab: '(नए टैब में खुलता है)',
  downloadIcs: '.ics फ़ाइल डाउनलोड करें',
  googleCalendar: 'Google कैलेंडर',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'आपको अगले पेज पर ले जाया जा रहा है…',
  redirectLink: 'अभी आगे बढ़ें',
  invitationSentTo: (email) => `आमंत्रण ${email} पर भेजा गया`,
  invitationSent: 'कैलेंडर आमंत्रण भेजा जा रहा है।',
  nextStepsHeading: 'आगे क्या होगा',
  summaryLabel: 'मीटिंग का विवरण',
  nextAvailable: (date, dateLocale) => `अगला उपलब्ध समय: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'सुझाए गए',
  failureOffline: 'आप ऑफ़लाइन हैं: आपकी जानकारी सुरक्षित है। कुछ भी नहीं भेजा गया; ऑनलाइन होने पर बुकिंग बटन फिर से दबाएँ।',
  failureVerification: 'आप रोबोट नहीं हैं, यह जाँच सफल नहीं हुई, इसलिए मीटिंग बुक नहीं हुई। जाँच फिर से पूरी करें, फिर बुक करें।',
} satisfies Messages;
