// Canadian French (français, Canada). Formal address (« vous »), Quebec usage (courriel, plage horaire,
// calendrier), no-break spaces before : ; ? ! and inside « ». Gender-neutral wording for the organizer.
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

const locale = 'fr-CA';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Prendre rendez-vous',
  loading: 'Chargement des plages horaires disponibles…',
  durationLabel: duration,
  durationTabsLabel: 'Durée du rendez-vous',
  singleDurationLabel: (ms) => `Durée\u00a0: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# plage horaire disponible', many: '# de plages horaires disponibles', other: '# plages horaires disponibles' }),
    none: 'aucune disponibilité',
    selected: 'sélectionné',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  loadingMonth: 'Chargement des disponibilités…',
  noTimesThisMonth: 'Aucune disponibilité ce mois-ci.',
  pickADay: 'Choisissez une journée pour voir les plages horaires offertes.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Fuseau horaire',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Aucun fuseau horaire correspondant',
  timeZoneMatches: plural(locale, { one: '# fuseau horaire', many: '# de fuseaux horaires', other: '# fuseaux horaires' }),
  hourCycleLabel: 'Format de l’heure',
  hourCycle12: '12\u00a0h',
  hourCycle24: '24\u00a0h',
  noTimesAvailable: 'Aucune disponibilité',
  noTimesAvailableDescription:
    'Aucune plage horaire n’est offerte sur cette page de prise de rendez-vous pour le moment. Veuillez revenir plus tard.',
  pageNotFound: 'Cette page de prise de rendez-vous est introuvable',
  pageNotFoundDescription: 'Vérifiez le lien ou demandez-en un nouveau à l’organisateur ou à l’organisatrice.',
  loadFailed: 'Impossible de charger les disponibilités',
  errorDescription: byErrorKind({
    offline: 'Vous êtes hors ligne. Les plages horaires se chargeront dès que la connexion sera rétablie.',
    network: 'Impossible de joindre le service de prise de rendez-vous. Vérifiez votre connexion, puis réessayez.',
    timeout: 'Le service de prise de rendez-vous a mis trop de temps à répondre. Veuillez réessayer.',
    'rate-limited': 'Trop de requêtes ont été envoyées en peu de temps. Veuillez patienter un instant, puis réessayer.',
    server: 'Le service de prise de rendez-vous a rencontré un problème. Veuillez réessayer.',
    'invalid-response': 'Le service de prise de rendez-vous a renvoyé une réponse illisible. Veuillez réessayer plus tard.',
    other: 'Une erreur s’est produite lors du chargement de cette page de prise de rendez-vous. Veuillez réessayer.',
  }),
  unexpectedError: 'Une erreur s’est produite dans l’outil de prise de rendez-vous. Veuillez recharger la page.',
  tryAgain: 'Réessayer',
  slotTaken: 'Cette plage horaire vient d’être réservée. Veuillez en choisir une autre.',
  dismiss: 'Fermer',
  roundRobinMembers: (names) => `Vous rencontrerez l’une de ces personnes\u00a0: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Vous rencontrerez\u00a0: ${formatList(names, locale)}`,
  locationLabel: 'Lieu',
  labelSeparator: '\u00a0: ',

  // Booking
  bookMeeting: 'Réserver le rendez-vous',
  bookingInProgress: 'Réservation en cours…',
  bookingStepHeading: 'Vos coordonnées',
  slotSummaryLabel: 'Plage horaire choisie',
  changeSlot: 'Modifier',
  changeSlotLabel: 'Modifier la plage horaire choisie',
  firstNameLabel: 'Prénom',
  lastNameLabel: 'Nom de famille',
  emailLabel: 'Adresse courriel',
  requiredMarker: '(obligatoire)',
  lockedHint: 'Fourni par la page\u00a0; ne peut pas être modifié ici.',
  selectPlaceholder: 'Sélectionner…',
  guestsHeading: 'Invités',
  guestsHint: plural(locale, {
    one: 'Vous pouvez inviter jusqu’à # personne.',
    many: 'Vous pouvez inviter jusqu’à # de personnes.',
    other: 'Vous pouvez inviter jusqu’à # personnes.',
  }),
  guestEmailLabel: (position) => `Adresse courriel de l’invité ${n(position)}`,
  addGuest: 'Ajouter un invité',
  removeGuest: (position) => `Retirer l’invité ${n(position)}`,
  guestAdded: 'Invité ajouté',
  guestRemoved: 'Invité retiré',
  consentHeading: 'Consentement',
  processingConsentFallbackLabel:
    'J’autorise l’organisateur ou l’organisatrice à stocker et à traiter mes données personnelles.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Répondez à la question «\u00a0${label.trim()}\u00a0».` : `Le champ «\u00a0${label}\u00a0» est obligatoire.`,
  errorEmailFormat: 'Entrez une adresse courriel au format name@example.com.',
  errorGuestEmailFormat: (position) => `Invité ${n(position)}\u00a0: entrez une adresse courriel au format name@example.com.`,
  errorGuestDuplicate: (position) => `L’invité ${n(position)} figure déjà dans la liste.`,
  errorGuestIsVisitor: (position) =>
    `L’adresse courriel de l’invité ${n(position)} est la vôtre\u00a0; vous faites déjà partie des participants.`,
  errorTooManyGuests: plural(locale, {
    one: 'Vous pouvez inviter # personne au maximum.',
    many: 'Vous pouvez inviter # de personnes au maximum.',
    other: 'Vous pouvez inviter # personnes au maximum.',
  }),
  errorNumber: (label) => `Le champ «\u00a0${label}\u00a0» doit contenir un nombre.`,
  errorDate: (label) => `Le champ «\u00a0${label}\u00a0» doit contenir une date au format 2025-01-31.`,
  errorTickRequired: (label) => `Cochez «\u00a0${label.replace(/[.:]+$/, '')}\u00a0» pour continuer.`,
  errorSummaryHeading: plural(locale, {
    one: '# champ nécessite votre attention',
    many: '# de champs nécessitent votre attention',
    other: '# champs nécessitent votre attention',
  }),
  failureNetwork:
    'Le service de réservation est injoignable\u00a0; le rendez-vous n’a donc pas été réservé. Vérifiez votre connexion, puis réessayez.',
  failureTimeout:
    'Le service de réservation a mis trop de temps à répondre\u00a0; nous ne savons donc pas si le rendez-vous a été réservé. Vérifiez si vous avez reçu un courriel de confirmation avant de réessayer.',
  failureRateLimited: optionalPlural(
    'Trop de tentatives en peu de temps. Veuillez patienter un instant, puis réessayer.',
    plural(locale, {
      one: 'Trop de tentatives en peu de temps. Veuillez patienter # seconde, puis réessayer.',
      many: 'Trop de tentatives en peu de temps. Veuillez patienter # de secondes, puis réessayer.',
      other: 'Trop de tentatives en peu de temps. Veuillez patienter # secondes, puis réessayer.',
    }),
  ),
  failureServer:
    'Une erreur s’est produite sur le service de réservation\u00a0; le rendez-vous n’a donc pas été réservé. Veuillez réessayer.',
  failureRejected: (message) => `La réservation n’a pas été acceptée\u00a0: ${message}`,
  failureNotFound: 'Cette page de prise de rendez-vous n’existe plus\u00a0; le rendez-vous n’a donc pas pu être réservé.',
  failureInvalidResponse:
    'Le service de réservation a renvoyé une réponse illisible\u00a0; nous ne savons donc pas si le rendez-vous a été réservé. Vérifiez si vous avez reçu un courriel de confirmation avant de réessayer.',
  retryBooking: 'Réessayer',
  bookedHeading: 'Rendez-vous réservé',
  requestedHeading: 'Demande de rendez-vous envoyée',
  bookedNotice: 'Une invitation de calendrier a été créée pour ce rendez-vous.',
  offlineNotice:
    'Aucune invitation de calendrier n’a été créée. Votre demande a été transmise à l’organisateur ou à l’organisatrice, qui reviendra vers vous.',
  confirmationDateLabel: 'Jour',
  confirmationTimeLabel: 'Heure',
  confirmationTimeZoneLabel: 'Fuseau horaire',
  confirmationDurationLabel: 'Durée',
  confirmationSubjectLabel: 'Objet',
  confirmationLocationLabel: 'Lieu',
  confirmationJoinLabel: 'Appel vidéo',
  confirmationJoinLink: 'Rejoindre la réunion',
  confirmationOrganizerLabel: 'Organisé par',
  confirmationGuestsLabel: 'Invités',
  addToCalendarHeading: 'Ajouter au calendrier',
  meetingTitle: (organizer) => (organizer ? `Rendez-vous avec ${organizer}` : 'Rendez-vous'),
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  downloadIcs: 'Télécharger le fichier .ics',
  googleCalendar: 'Google Agenda',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Redirection vers la page suivante…',
  redirectLink: 'Continuer maintenant',
  invitationSentTo: (email) => `Invitation envoyée à ${email}`,
  invitationSent: 'Une invitation de calendrier est en route.',
  nextStepsHeading: 'La suite',
  summaryLabel: 'Détails de la rencontre',
  nextAvailable: (date, dateLocale) => `Prochaine disponibilité\u00a0: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Suggestions',
  failureOffline: 'Vous êtes hors ligne : vos informations sont conservées. Rien n’a été envoyé ; cliquez de nouveau sur le bouton de réservation une fois la connexion rétablie.',
  failureVerification: 'La vérification anti-robot a échoué, la rencontre n’a donc pas été réservée. Refaites la vérification, puis réservez.',
} satisfies Messages;
