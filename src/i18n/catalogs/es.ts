// Spanish (español, Spain). Formal "usted" address, Peninsular usage (pretérito perfecto, "añadir",
// "introducir"), angular quotation marks «…». Gender-neutral "la persona organizadora".
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

const locale = 'es';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Reservar una reunión',
  loading: 'Cargando horarios disponibles…',
  durationLabel: duration,
  durationTabsLabel: 'Duración de la reunión',
  singleDurationLabel: (ms) => `Duración: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# horario disponible', many: '# de horarios disponibles', other: '# horarios disponibles' }),
    none: 'sin disponibilidad',
    selected: 'seleccionado',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Mes anterior',
  nextMonth: 'Mes siguiente',
  loadingMonth: 'Cargando horarios…',
  noTimesThisMonth: 'No hay horarios disponibles este mes.',
  pickADay: 'Seleccione un día para ver sus horarios.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Zona horaria',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'No hay ninguna zona horaria que coincida',
  timeZoneMatches: plural(locale, { one: '# zona horaria', many: '# de zonas horarias', other: '# zonas horarias' }),
  hourCycleLabel: 'Formato de hora',
  hourCycle12: '12\u00a0h',
  hourCycle24: '24\u00a0h',
  noTimesAvailable: 'No hay horarios disponibles',
  noTimesAvailableDescription: 'En este momento no hay horarios libres en esta página de reservas. Vuelva a consultarla más tarde.',
  pageNotFound: 'No se ha encontrado esta página de reservas',
  pageNotFoundDescription: 'Compruebe el enlace o pida uno nuevo a la persona organizadora.',
  loadFailed: 'No se han podido cargar los horarios disponibles',
  errorDescription: byErrorKind({
    offline: 'No tienes conexión. Los horarios se cargarán cuando vuelvas a estar en línea.',
    network: 'No se ha podido conectar con el servicio de reservas. Compruebe su conexión e inténtelo de nuevo.',
    timeout: 'El servicio de reservas ha tardado demasiado en responder. Inténtelo de nuevo.',
    'rate-limited': 'Se han enviado demasiadas solicitudes en poco tiempo. Espere un momento e inténtelo de nuevo.',
    server: 'Se ha producido un problema en el servicio de reservas. Inténtelo de nuevo.',
    'invalid-response': 'El servicio de reservas ha enviado una respuesta que no se ha podido leer. Inténtelo de nuevo más tarde.',
    other: 'Se ha producido un error al cargar esta página de reservas. Inténtelo de nuevo.',
  }),
  unexpectedError: 'Se ha producido un error en el sistema de reservas. Vuelva a cargar la página.',
  tryAgain: 'Volver a intentarlo',
  slotTaken: 'Alguien acaba de reservar ese horario. Elija otro.',
  dismiss: 'Cerrar',
  roundRobinMembers: (names) => `Se reunirá con una de estas personas: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Se reunirá con: ${formatList(names, locale)}`,
  locationLabel: 'Lugar',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Reservar reunión',
  bookingInProgress: 'Reservando…',
  bookingStepHeading: 'Introduzca sus datos',
  slotSummaryLabel: 'Horario seleccionado',
  changeSlot: 'Cambiar',
  changeSlotLabel: 'Cambiar el horario seleccionado',
  firstNameLabel: 'Nombre',
  lastNameLabel: 'Apellidos',
  emailLabel: 'Correo electrónico',
  requiredMarker: '(obligatorio)',
  lockedHint: 'Lo proporciona la página; no se puede cambiar aquí.',
  selectPlaceholder: 'Seleccionar…',
  guestsHeading: 'Invitados',
  guestsHint: plural(locale, {
    one: 'Puede invitar hasta a # persona.',
    many: 'Puede invitar hasta a # de personas.',
    other: 'Puede invitar hasta a # personas.',
  }),
  guestEmailLabel: (position) => `Correo electrónico del invitado ${n(position)}`,
  addGuest: 'Añadir invitado',
  removeGuest: (position) => `Quitar invitado ${n(position)}`,
  guestAdded: 'Invitado añadido',
  guestRemoved: 'Invitado quitado',
  consentHeading: 'Consentimiento',
  processingConsentFallbackLabel: 'Acepto que la persona organizadora almacene y trate mis datos personales.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Responda a «${label.trim()}».` : `El campo «${label}» es obligatorio.`,
  errorEmailFormat: 'Introduzca una dirección de correo electrónico como name@example.com.',
  errorGuestEmailFormat: (position) =>
    `Invitado ${n(position)}: introduzca una dirección de correo electrónico como name@example.com.`,
  errorGuestDuplicate: (position) => `El invitado ${n(position)} ya está en la lista.`,
  errorGuestIsVisitor: (position) =>
    `La dirección del invitado ${n(position)} es la suya; usted ya figura entre los participantes.`,
  errorTooManyGuests: plural(locale, {
    one: 'Puede invitar como máximo a # persona.',
    many: 'Puede invitar como máximo a # de personas.',
    other: 'Puede invitar como máximo a # personas.',
  }),
  errorNumber: (label) => `El campo «${label}» debe ser un número.`,
  errorDate: (label) => `El campo «${label}» debe ser una fecha con el formato 2025-01-31.`,
  errorTickRequired: (label) => `Marque «${label.replace(/[.:]+$/, '')}» para continuar.`,
  errorSummaryHeading: plural(locale, {
    one: '# campo requiere atención',
    many: '# de campos requieren atención',
    other: '# campos requieren atención',
  }),
  failureNetwork:
    'No se ha podido conectar con el servicio de reservas, por lo que la reunión no se ha reservado. Compruebe su conexión e inténtelo de nuevo.',
  failureTimeout:
    'El servicio de reservas ha tardado demasiado en responder, por lo que no se sabe si la reunión se ha reservado. Compruebe si ha recibido un correo de confirmación antes de volver a intentarlo.',
  failureRateLimited: optionalPlural(
    'Demasiados intentos en poco tiempo. Espere un momento e inténtelo de nuevo.',
    plural(locale, {
      one: 'Demasiados intentos en poco tiempo. Espere # segundo e inténtelo de nuevo.',
      many: 'Demasiados intentos en poco tiempo. Espere # de segundos e inténtelo de nuevo.',
      other: 'Demasiados intentos en poco tiempo. Espere # segundos e inténtelo de nuevo.',
    }),
  ),
  failureServer:
    'Se ha producido un error en el servicio de reservas, por lo que la reunión no se ha reservado. Inténtelo de nuevo.',
  failureRejected: (message) => `No se ha aceptado la reserva: ${message}`,
  failureNotFound: 'Esta página de reservas ya no existe, por lo que no se ha podido reservar la reunión.',
  failureInvalidResponse:
    'El servicio de reservas ha enviado una respuesta que no se ha podido leer, por lo que no se sabe si la reunión se ha reservado. Compruebe si ha recibido un correo de confirmación antes de volver a intentarlo.',
  retryBooking: 'Volver a intentarlo',
  bookedHeading: 'Reunión reservada',
  requestedHeading: 'Reunión solicitada',
  bookedNotice: 'Se ha creado una invitación de calendario para esta reunión.',
  offlineNotice:
    'No se ha creado ninguna invitación de calendario. Se ha avisado a la persona organizadora, que se pondrá en contacto con usted.',
  confirmationDateLabel: 'Fecha',
  confirmationTimeLabel: 'Hora',
  confirmationTimeZoneLabel: 'Zona horaria',
  confirmationDurationLabel: 'Duración',
  confirmationSubjectLabel: 'Asunto',
  confirmationLocationLabel: 'Lugar',
  confirmationJoinLabel: 'Videollamada',
  confirmationJoinLink: 'Unirse a la reunión',
  confirmationOrganizerLabel: 'Organizado por',
  confirmationGuestsLabel: 'Invitados',
  addToCalendarHeading: 'Añadir al calendario',
  meetingTitle: (organizer) => (organizer ? `Reunión con ${organizer}` : 'Reunión'),
  opensInNewTab: '(se abre en una pestaña nueva)',
  downloadIcs: 'Descargar archivo .ics',
  googleCalendar: 'Google Calendar',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Redirigiendo a la página siguiente…',
  redirectLink: 'Continuar ahora',
  invitationSentTo: (email) => `Invitación enviada a ${email}`,
  invitationSent: 'Hay una invitación de calendario en camino.',
  nextStepsHeading: 'Próximos pasos',
  summaryLabel: 'Detalles de la reunión',
  nextAvailable: (date, dateLocale) => `Próxima disponibilidad: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Sugeridas',
  failureOffline: 'No tienes conexión: conservamos tus datos. No se ha enviado nada; pulsa de nuevo el botón de reservar cuando vuelvas a estar en línea.',
  failureVerification: 'La comprobación de que no eres un robot no se ha superado, así que la reunión no se ha reservado. Vuelve a hacer la comprobación y reserva.',
} satisfies Messages;
