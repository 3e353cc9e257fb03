// Estonian (eesti). Formal plural address ("teie"), as Estonian business software uses.
// Labels are put before a colon, not inflected: a label cannot take Estonian case endings.
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

const locale = 'et';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Kohtumise broneerimine',
  loading: 'Vabade aegade laadimine…',
  durationLabel: duration,
  durationTabsLabel: 'Kohtumise kestus',
  singleDurationLabel: (ms) => `Kestus: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# vaba aeg', other: '# vaba aega' }),
    none: 'vabu aegu pole',
    selected: 'valitud',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Eelmine kuu',
  nextMonth: 'Järgmine kuu',
  loadingMonth: 'Aegade laadimine…',
  noTimesThisMonth: 'Sel kuul pole vabu aegu.',
  pickADay: 'Valige päev, et näha selle vabu aegu.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Ajavöönd',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Sobivat ajavööndit ei leitud',
  timeZoneMatches: plural(locale, { one: '# ajavöönd', other: '# ajavööndit' }),
  hourCycleLabel: 'Kellaaja vorming',
  hourCycle12: '12-tunnine',
  hourCycle24: '24-tunnine',
  noTimesAvailable: 'Vabu aegu pole',
  noTimesAvailableDescription: 'Sellel broneerimislehel pole praegu vabu aegu. Palun vaadake hiljem uuesti.',
  pageNotFound: 'Broneerimislehte ei leitud',
  pageNotFoundDescription: 'Kontrollige linki või küsige korraldajalt uut.',
  loadFailed: 'Vabu aegu ei õnnestunud laadida',
  errorDescription: byErrorKind({
    offline: 'Teil pole võrguühendust. Ajad laaditakse, kui ühendus taastub.',
    network: 'Broneerimisteenusega ei saadud ühendust. Kontrollige ühendust ja proovige uuesti.',
    timeout: 'Broneerimisteenus ei vastanud piisavalt kiiresti. Palun proovige uuesti.',
    'rate-limited': 'Päringuid oli just liiga palju. Palun oodake hetk ja proovige uuesti.',
    server: 'Broneerimisteenuses tekkis viga. Palun proovige uuesti.',
    'invalid-response': 'Broneerimisteenuse vastust ei õnnestunud lugeda. Palun proovige hiljem uuesti.',
    other: 'Broneerimislehe laadimisel tekkis viga. Palun proovige uuesti.',
  }),
  unexpectedError: 'Broneerimisvidinas tekkis viga. Palun laadige leht uuesti.',
  tryAgain: 'Proovi uuesti',
  slotTaken: 'See aeg broneeriti just ära. Palun valige mõni muu aeg.',
  dismiss: 'Sulge',
  roundRobinMembers: (names) => `Kohtute ühega neist: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Kohtumisel osalevad: ${formatList(names, locale)}`,
  locationLabel: 'Asukoht',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Broneeri kohtumine',
  bookingInProgress: 'Broneerimine…',
  bookingStepHeading: 'Teie andmed',
  slotSummaryLabel: 'Valitud aeg',
  changeSlot: 'Muuda',
  changeSlotLabel: 'Muuda valitud aega',
  firstNameLabel: 'Eesnimi',
  lastNameLabel: 'Perekonnanimi',
  emailLabel: 'E-post',
  requiredMarker: '(kohustuslik)',
  lockedHint: 'Lehe poolt eeltäidetud; siin ei saa muuta.',
  selectPlaceholder: 'Valige…',
  guestsHeading: 'Külalised',
  guestsHint: plural(locale, { one: 'Saate kutsuda kuni # külalise.', other: 'Saate kutsuda kuni # külalist.' }),
  guestEmailLabel: (position) => `Külalise ${n(position)} e-post`,
  addGuest: 'Lisa külaline',
  removeGuest: (position) => `Eemalda külaline ${n(position)}`,
  guestAdded: 'Külaline lisatud',
  guestRemoved: 'Külaline eemaldatud',
  consentHeading: 'Nõusolek',
  processingConsentFallbackLabel: 'Nõustun, et korraldaja salvestab ja töötleb minu isikuandmeid.',
  errorRequired: (label) => (label.trim().endsWith('?') ? `Vastake küsimusele „${label.trim()}“.` : `${label}: väli on kohustuslik.`),
  errorEmailFormat: 'Sisestage e-posti aadress kujul name@example.com.',
  errorGuestEmailFormat: (position) => `Külaline ${n(position)}: sisestage e-posti aadress kujul name@example.com.`,
  errorGuestDuplicate: (position) => `Külaline ${n(position)} on juba loendis.`,
  errorGuestIsVisitor: (position) => `Külaline ${n(position)} on teie enda e-posti aadress; teid on juba kutsutud.`,
  errorTooManyGuests: plural(locale, { one: 'Saate kutsuda kõige rohkem # külalise.', other: 'Saate kutsuda kõige rohkem # külalist.' }),
  errorNumber: (label) => `${label}: sisestage arv.`,
  errorDate: (label) => `${label}: sisestage kuupäev kujul 2025-01-31.`,
  errorTickRequired: (label) => `Jätkamiseks märkige „${label.replace(/[.:]+$/, '')}“.`,
  errorSummaryHeading: plural(locale, { one: '# väli vajab tähelepanu', other: '# välja vajavad tähelepanu' }),
  failureNetwork:
    'Broneerimisteenusega ei saadud ühendust, seega kohtumist ei broneeritud. Kontrollige ühendust ja proovige uuesti.',
  failureTimeout:
    'Broneerimisteenus ei vastanud piisavalt kiiresti, seega pole teada, kas kohtumine broneeriti. Enne uuesti proovimist otsige oma e-postist kinnitust.',
  failureRateLimited: optionalPlural(
    'Liiga palju katseid lühikese aja jooksul. Palun oodake hetk ja proovige uuesti.',
    plural(locale, {
      one: 'Liiga palju katseid lühikese aja jooksul. Palun oodake # sekund ja proovige uuesti.',
      other: 'Liiga palju katseid lühikese aja jooksul. Palun oodake # sekundit ja proovige uuesti.',
    }),
  ),
  failureServer: 'Broneerimisteenuses tekkis viga, seega kohtumist ei broneeritud. Palun proovige uuesti.',
  failureRejected: (message) => `Broneeringut ei võetud vastu: ${message}`,
  failureNotFound: 'Seda broneerimislehte enam ei ole, seega kohtumist ei saanud broneerida.',
  failureInvalidResponse:
    'Broneerimisteenuse vastust ei õnnestunud lugeda, seega pole teada, kas kohtumine broneeriti. Enne uuesti proovimist otsige oma e-postist kinnitust.',
  retryBooking: 'Proovi uuesti',
  bookedHeading: 'Kohtumine on broneeritud',
  requestedHeading: 'Kohtumise taotlus on saadetud',
  bookedNotice: 'Selle kohtumise kohta on loodud kalendrikutse.',
  offlineNotice: 'Kalendrikutset ei loodud. Korraldajat on teavitatud ja ta võtab teiega ühendust.',
  confirmationDateLabel: 'Kuupäev',
  confirmationTimeLabel: 'Kellaaeg',
  confirmationTimeZoneLabel: 'Ajavöönd',
  confirmationDurationLabel: 'Kestus',
  confirmationSubjectLabel: 'Teema',
  confirmationLocationLabel: 'Asukoht',
  confirmationJoinLabel: 'Videokõne',
  confirmationJoinLink: 'Liitu kohtumisega',
  confirmationOrganizerLabel: 'Korraldaja',
  confirmationGuestsLabel: 'Külalised',
  addToCalendarHeading: 'Lisa kalendrisse',
  meetingTitle: (organizer) => (organizer ? `Kohtumine: ${organizer}` : 'Kohtumine'),
  opensInNewTab: '(avaneb uuel vahelehel)',
  downloadIcs: 'Laadi alla .ics-fail',
  googleCalendar: 'Google’i kalender',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Suunatakse järgmisele lehele…',
  redirectLink: 'Jätka kohe',
  invitationSentTo: (email) => `Kutse saadeti aadressile ${email}`,
  invitationSent: 'Kalendrikutse on teel.',
  nextStepsHeading: 'Mis edasi saab',
  summaryLabel: 'Kohtumise üksikasjad',
  nextAvailable: (date, dateLocale) => `Järgmine vaba aeg: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Soovitatud',
  failureOffline: 'Teil pole võrguühendust: teie andmed on alles. Midagi ei saadetud; vajutage broneerimisnuppu uuesti, kui ühendus taastub.',
  failureVerification: 'Kontroll, et te pole robot, ei õnnestunud, seega kohtumist ei broneeritud. Tehke kontroll uuesti ja broneerige siis.',
} satisfies Messages;
