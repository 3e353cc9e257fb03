// Swedish (svenska). Informal "du", as Swedish booking pages and business software use.
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

const locale = 'sv';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Boka ett möte',
  loading: 'Lediga tider läses in…',
  durationLabel: duration,
  durationTabsLabel: 'Mötets längd',
  singleDurationLabel: (ms) => `Längd: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# ledig tid', other: '# lediga tider' }),
    none: 'inga lediga tider',
    selected: 'vald',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Föregående månad',
  nextMonth: 'Nästa månad',
  loadingMonth: 'Tider läses in…',
  noTimesThisMonth: 'Det finns inga lediga tider den här månaden.',
  pickADay: 'Välj en dag för att se lediga tider.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Tidszon',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Ingen matchande tidszon',
  timeZoneMatches: plural(locale, { one: '# tidszon', other: '# tidszoner' }),
  hourCycleLabel: 'Tidsformat',
  hourCycle12: '12 timmar',
  hourCycle24: '24 timmar',
  noTimesAvailable: 'Inga lediga tider',
  noTimesAvailableDescription: 'Det finns inga lediga tider på den här bokningssidan just nu. Titta in igen senare.',
  pageNotFound: 'Bokningssidan hittades inte',
  pageNotFoundDescription: 'Kontrollera länken eller be arrangören om en ny.',
  loadFailed: 'Det gick inte att läsa in de lediga tiderna',
  errorDescription: byErrorKind({
    offline: 'Du är offline. Tiderna läses in när du är online igen.',
    network: 'Vi kunde inte nå bokningstjänsten. Kontrollera anslutningen och försök igen.',
    timeout: 'Bokningstjänsten tog för lång tid på sig att svara. Försök igen.',
    'rate-limited': 'Det kom för många förfrågningar just nu. Vänta en stund och försök igen.',
    server: 'Ett problem uppstod hos bokningstjänsten. Försök igen.',
    'invalid-response': 'Bokningstjänsten skickade ett svar som inte kunde läsas. Försök igen senare.',
    other: 'Något gick fel när bokningssidan lästes in. Försök igen.',
  }),
  unexpectedError: 'Något gick fel i bokningsverktyget. Läs in sidan igen.',
  tryAgain: 'Försök igen',
  slotTaken: 'Den tiden blev precis bokad. Välj en annan.',
  dismiss: 'Stäng',
  roundRobinMembers: (names) => `Du träffar en av dessa: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Du träffar: ${formatList(names, locale)}`,
  locationLabel: 'Plats',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Boka möte',
  bookingInProgress: 'Bokar…',
  bookingStepHeading: 'Dina uppgifter',
  slotSummaryLabel: 'Vald tid',
  changeSlot: 'Ändra',
  changeSlotLabel: 'Ändra vald tid',
  firstNameLabel: 'Förnamn',
  lastNameLabel: 'Efternamn',
  emailLabel: 'E-post',
  requiredMarker: '(obligatoriskt)',
  lockedHint: 'Ifyllt av sidan; kan inte ändras här.',
  selectPlaceholder: 'Välj…',
  guestsHeading: 'Gäster',
  guestsHint: plural(locale, { one: 'Du kan bjuda in upp till # gäst.', other: 'Du kan bjuda in upp till # gäster.' }),
  guestEmailLabel: (position) => `E-post för gäst ${n(position)}`,
  addGuest: 'Lägg till gäst',
  removeGuest: (position) => `Ta bort gäst ${n(position)}`,
  guestAdded: 'Gäst tillagd',
  guestRemoved: 'Gäst borttagen',
  consentHeading: 'Samtycke',
  processingConsentFallbackLabel: 'Jag godkänner att arrangören lagrar och behandlar mina personuppgifter.',
  errorRequired: (label) => (label.trim().endsWith('?') ? `Svara på ”${label.trim()}”.` : `${label} måste fyllas i.`),
  errorEmailFormat: 'Ange en e-postadress som name@example.com.',
  errorGuestEmailFormat: (position) => `Gäst ${n(position)}: Ange en e-postadress som name@example.com.`,
  errorGuestDuplicate: (position) => `Gäst ${n(position)} finns redan i listan.`,
  errorGuestIsVisitor: (position) => `Gäst ${n(position)} är din egen e-postadress; du är redan inbjuden.`,
  errorTooManyGuests: plural(locale, { one: 'Du kan bjuda in högst # gäst.', other: 'Du kan bjuda in högst # gäster.' }),
  errorNumber: (label) => `${label} måste vara ett tal.`,
  errorDate: (label) => `${label} måste vara ett datum som 2025-01-31.`,
  errorTickRequired: (label) => `Markera ”${label.replace(/[.:]+$/, '')}” för att fortsätta.`,
  errorSummaryHeading: plural(locale, { one: '# fält behöver åtgärdas', other: '# fält behöver åtgärdas' }),
  failureNetwork:
    'Det gick inte att nå bokningstjänsten, så mötet bokades inte. Kontrollera anslutningen och försök igen.',
  failureTimeout:
    'Bokningstjänsten tog för lång tid på sig att svara, så det är oklart om mötet bokades. Leta efter en bekräftelse i din e-post innan du försöker igen.',
  failureRateLimited: optionalPlural(
    'För många försök på kort tid. Vänta en stund och försök igen.',
    plural(locale, {
      one: 'För många försök på kort tid. Vänta # sekund och försök igen.',
      other: 'För många försök på kort tid. Vänta # sekunder och försök igen.',
    }),
  ),
  failureServer: 'Något gick fel hos bokningstjänsten, så mötet bokades inte. Försök igen.',
  failureRejected: (message) => `Bokningen godkändes inte: ${message}`,
  failureNotFound: 'Den här bokningssidan finns inte längre, så mötet kunde inte bokas.',
  failureInvalidResponse:
    'Bokningstjänsten skickade ett svar som inte kunde läsas, så det är oklart om mötet bokades. Leta efter en bekräftelse i din e-post innan du försöker igen.',
  retryBooking: 'Försök igen',
  bookedHeading: 'Mötet är bokat',
  requestedHeading: 'Mötesförfrågan skickad',
  bookedNotice: 'En kalenderinbjudan har skapats för det här mötet.',
  offlineNotice: 'Ingen kalenderinbjudan skapades. Arrangören har meddelats och hör av sig till dig.',
  confirmationDateLabel: 'Datum',
  confirmationTimeLabel: 'Tid',
  confirmationTimeZoneLabel: 'Tidszon',
  confirmationDurationLabel: 'Längd',
  confirmationSubjectLabel: 'Ämne',
  confirmationLocationLabel: 'Plats',
  confirmationJoinLabel: 'Videosamtal',
  confirmationJoinLink: 'Anslut till mötet',
  confirmationOrganizerLabel: 'Arrangör',
  confirmationGuestsLabel: 'Gäster',
  addToCalendarHeading: 'Lägg till i kalendern',
  meetingTitle: (organizer) => (organizer ? `Möte med ${organizer}` : 'Möte'),
  opensInNewTab: '(öppnas i en ny flik)',
  downloadIcs: 'Ladda ned .ics-fil',
  googleCalendar: 'Google Kalender',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Du skickas vidare till nästa sida…',
  redirectLink: 'Fortsätt nu',
  invitationSentTo: (email) => `Inbjudan skickad till ${email}`,
  invitationSent: 'En kalenderinbjudan är på väg.',
  nextStepsHeading: 'Vad händer nu',
  summaryLabel: 'Mötesinformation',
  nextAvailable: (date, dateLocale) => `Nästa lediga tid: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Förslag',
  failureOffline: 'Du är offline: dina uppgifter finns kvar. Inget skickades; tryck på bokningsknappen igen när du är online.',
  failureVerification: 'Kontrollen av att du inte är en robot godkändes inte, så mötet bokades inte. Gör kontrollen igen och boka sedan.',
} satisfies Messages;
