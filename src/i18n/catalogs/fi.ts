// Finnish (suomi). Singular imperative and "sinä" forms, as Finnish business software uses.
// Labels are put after a colon, not inflected: a label cannot take Finnish case endings.
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

const locale = 'fi';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Varaa tapaaminen',
  loading: 'Ladataan vapaita aikoja…',
  durationLabel: duration,
  durationTabsLabel: 'Tapaamisen kesto',
  singleDurationLabel: (ms) => `Kesto: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# vapaa aika', other: '# vapaata aikaa' }),
    none: 'ei vapaita aikoja',
    selected: 'valittu',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Edellinen kuukausi',
  nextMonth: 'Seuraava kuukausi',
  loadingMonth: 'Ladataan aikoja…',
  noTimesThisMonth: 'Tässä kuussa ei ole vapaita aikoja.',
  pickADay: 'Valitse päivä nähdäksesi sen vapaat ajat.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Aikavyöhyke',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Ei vastaavaa aikavyöhykettä',
  timeZoneMatches: plural(locale, { one: '# aikavyöhyke', other: '# aikavyöhykettä' }),
  hourCycleLabel: 'Ajan muoto',
  hourCycle12: '12 tuntia',
  hourCycle24: '24 tuntia',
  noTimesAvailable: 'Ei vapaita aikoja',
  noTimesAvailableDescription: 'Tällä varaussivulla ei ole juuri nyt vapaita aikoja. Tarkista tilanne myöhemmin uudelleen.',
  pageNotFound: 'Varaussivua ei löytynyt',
  pageNotFoundDescription: 'Tarkista linkki tai pyydä järjestäjältä uusi linkki.',
  loadFailed: 'Vapaita aikoja ei voitu ladata',
  errorDescription: byErrorKind({
    offline: 'Olet offline-tilassa. Ajat latautuvat, kun yhteys palaa.',
    network: 'Varauspalveluun ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
    timeout: 'Varauspalvelu ei vastannut ajoissa. Yritä uudelleen.',
    'rate-limited': 'Pyyntöjä tuli juuri liian monta. Odota hetki ja yritä uudelleen.',
    server: 'Varauspalvelussa tapahtui virhe. Yritä uudelleen.',
    'invalid-response': 'Varauspalvelun vastausta ei voitu lukea. Yritä myöhemmin uudelleen.',
    other: 'Varaussivun lataamisessa tapahtui virhe. Yritä uudelleen.',
  }),
  unexpectedError: 'Ajanvarauksessa tapahtui virhe. Lataa sivu uudelleen.',
  tryAgain: 'Yritä uudelleen',
  slotTaken: 'Joku ehti juuri varata tämän ajan. Valitse toinen aika.',
  dismiss: 'Sulje',
  roundRobinMembers: (names) => `Tapaat yhden näistä henkilöistä: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Tapaamisessa mukana: ${formatList(names, locale)}`,
  locationLabel: 'Paikka',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Varaa tapaaminen',
  bookingInProgress: 'Varataan…',
  bookingStepHeading: 'Omat tietosi',
  slotSummaryLabel: 'Valittu aika',
  changeSlot: 'Muuta',
  changeSlotLabel: 'Muuta valittua aikaa',
  firstNameLabel: 'Etunimi',
  lastNameLabel: 'Sukunimi',
  emailLabel: 'Sähköposti',
  requiredMarker: '(pakollinen)',
  lockedHint: 'Sivun valmiiksi täyttämä; ei muutettavissa tässä.',
  selectPlaceholder: 'Valitse…',
  guestsHeading: 'Vieraat',
  guestsHint: plural(locale, { one: 'Voit kutsua enintään # vieraan.', other: 'Voit kutsua enintään # vierasta.' }),
  guestEmailLabel: (position) => `Vieraan ${n(position)} sähköposti`,
  addGuest: 'Lisää vieras',
  removeGuest: (position) => `Poista vieras ${n(position)}`,
  guestAdded: 'Vieras lisätty',
  guestRemoved: 'Vieras poistettu',
  consentHeading: 'Suostumus',
  processingConsentFallbackLabel: 'Annan järjestäjälle luvan tallentaa ja käsitellä henkilötietojani.',
  errorRequired: (label) => (label.trim().endsWith('?') ? `Vastaa kysymykseen ”${label.trim()}”.` : `${label}: tämä tieto on pakollinen.`),
  errorEmailFormat: 'Anna sähköpostiosoite muodossa name@example.com.',
  errorGuestEmailFormat: (position) => `Vieras ${n(position)}: anna sähköpostiosoite muodossa name@example.com.`,
  errorGuestDuplicate: (position) => `Vieras ${n(position)} on jo luettelossa.`,
  errorGuestIsVisitor: (position) => `Vieras ${n(position)} on oma sähköpostiosoitteesi; sinut on jo kutsuttu.`,
  errorTooManyGuests: plural(locale, { one: 'Voit kutsua korkeintaan # vieraan.', other: 'Voit kutsua korkeintaan # vierasta.' }),
  errorNumber: (label) => `${label}: anna luku.`,
  errorDate: (label) => `${label}: anna päivämäärä muodossa 2025-01-31.`,
  errorTickRequired: (label) => `Valitse ”${label.replace(/[.:]+$/, '')}”, jotta voit jatkaa.`,
  errorSummaryHeading: plural(locale, { one: '# kenttä vaatii huomiota', other: '# kenttää vaatii huomiota' }),
  failureNetwork:
    'Varauspalveluun ei saatu yhteyttä, joten tapaamista ei varattu. Tarkista verkkoyhteys ja yritä uudelleen.',
  failureTimeout:
    'Varauspalvelu ei vastannut ajoissa, joten ei ole tiedossa, varattiinko tapaaminen. Tarkista sähköpostistasi, onko vahvistus tullut, ennen kuin yrität uudelleen.',
  failureRateLimited: optionalPlural(
    'Liian monta yritystä lyhyessä ajassa. Odota hetki ja yritä uudelleen.',
    plural(locale, {
      one: 'Liian monta yritystä lyhyessä ajassa. Odota # sekunti ja yritä uudelleen.',
      other: 'Liian monta yritystä lyhyessä ajassa. Odota # sekuntia ja yritä uudelleen.',
    }),
  ),
  failureServer: 'Varauspalvelussa tapahtui virhe, joten tapaamista ei varattu. Yritä uudelleen.',
  failureRejected: (message) => `Varausta ei hyväksytty: ${message}`,
  failureNotFound: 'Tätä varaussivua ei ole enää olemassa, joten tapaamista ei voitu varata.',
  failureInvalidResponse:
    'Varauspalvelun vastausta ei voitu lukea, joten ei ole tiedossa, varattiinko tapaaminen. Tarkista sähköpostistasi, onko vahvistus tullut, ennen kuin yrität uudelleen.',
  retryBooking: 'Yritä uudelleen',
  bookedHeading: 'Tapaaminen varattu',
  requestedHeading: 'Tapaamispyyntö lähetetty',
  bookedNotice: 'Tapaamisesta on luotu kalenterikutsu.',
  offlineNotice: 'Kalenterikutsua ei luotu. Järjestäjälle on ilmoitettu, ja hän on sinuun yhteydessä.',
  confirmationDateLabel: 'Päivämäärä',
  confirmationTimeLabel: 'Aika',
  confirmationTimeZoneLabel: 'Aikavyöhyke',
  confirmationDurationLabel: 'Kesto',
  confirmationSubjectLabel: 'Aihe',
  confirmationLocationLabel: 'Paikka',
  confirmationJoinLabel: 'Videopuhelu',
  confirmationJoinLink: 'Liity tapaamiseen',
  confirmationOrganizerLabel: 'Järjestäjä',
  confirmationGuestsLabel: 'Vieraat',
  addToCalendarHeading: 'Lisää kalenteriin',
  meetingTitle: (organizer) => (organizer ? `Tapaaminen: ${organizer}` : 'Tapaaminen'),
  opensInNewTab: '(avautuu uuteen välilehteen)',
  downloadIcs: 'Lataa .ics-tiedosto',
  googleCalendar: 'Google Kalenteri',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Siirrytään seuraavalle sivulle…',
  redirectLink: 'Jatka nyt',
  invitationSentTo: (email) => `Kutsu lähetetty osoitteeseen ${email}`,
  invitationSent: 'Kalenterikutsu on matkalla.',
  nextStepsHeading: 'Mitä seuraavaksi',
  summaryLabel: 'Tapaamisen tiedot',
  nextAvailable: (date, dateLocale) => `Seuraava vapaa aika: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Ehdotetut',
  failureOffline: 'Olet offline-tilassa: tietosi on tallessa. Mitään ei lähetetty; paina varauspainiketta uudelleen, kun yhteys palaa.',
  failureVerification: 'Tarkistus siitä, ettet ole robotti, ei mennyt läpi, joten tapaamista ei varattu. Tee tarkistus uudelleen ja varaa sitten.',
} satisfies Messages;
