// Latin American Spanish (español de Latinoamérica). Formal "usted" address, Latin American usage
// ("agendar", "ingresar", "agregar", pretérito simple), quotation marks “…”. Gender-neutral
// "la persona organizadora".
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

const locale = 'es-419';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Agendar una reunión',
  loading: 'Cargando horarios disponibles…',
  durationLabel: duration,
  durationTabsLabel: 'Duración de la reunión',
  singleDurationLabel: (ms) => `Duración: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# horario disponible', many: '# de horarios disponibles', other: '# horarios disponibles' }),
    none: 'sin horarios disponibles',
    selected: 'seleccionado',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Mes anterior',
  nextMonth: 'Mes siguiente',
  loadingMonth: 'Cargando horarios…',
  noTimesThisMonth: 'No hay horarios disponibles este mes.',
  pickADay: 'Seleccione un día para ver los horarios disponibles.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Zona horaria',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'No se encontró ninguna zona horaria',
  timeZoneMatches: plural(locale, { one: '# zona horaria', many: '# de zonas horarias', other: '# zonas horarias' }),
  hourCycleLabel: 'Formato de hora',
  hourCycle12: '12\u00a0h',
  hourCycle24: '24\u00a0h',
  noTimesAvailable: 'No hay horarios disponibles',
  noTimesAvailableDescription: 'Por ahora no hay horarios libres en esta página de agendamiento. Vuelva a consultarla más tarde.',
  pageNotFound: 'No se encontró esta página de agendamiento',
  pageNotFoundDescription: 'Verifique el enlace o pídale uno nuevo a la persona organizadora.',
  loadFailed: 'No se pudieron cargar los horarios disponibles',
  errorDescription: byErrorKind({
    offline: 'No tienes conexión. Los horarios se cargarán cuando vuelvas a tener conexión.',
    network: 'No se pudo conectar con el servicio de agendamiento. Verifique su conexión e inténtelo de nuevo.',
    timeout: 'El servicio de agendamiento tardó demasiado en responder. Inténtelo de nuevo.',
    'rate-limited': 'Se enviaron demasiadas solicitudes en poco tiempo. Espere un momento e inténtelo de nuevo.',
    server: 'Ocurrió un problema en el servicio de agendamiento. Inténtelo de nuevo.',
    'invalid-response': 'El servicio de agendamiento envió una respuesta que no se pudo leer. Inténtelo de nuevo más tarde.',
    other: 'Ocurrió un error al cargar esta página de agendamiento. Inténtelo de nuevo.',
  }),
  unexpectedError: 'Ocurrió un error en el sistema de agendamiento. Vuelva a cargar la página.',
  tryAgain: 'Volver a intentar',
  slotTaken: 'Alguien acaba de agendar ese horario. Elija otro.',
  dismiss: 'Cerrar',
  roundRobinMembers: (names) => `Se reunirá con una de estas personas: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Se reunirá con: ${formatList(names, locale)}`,
  locationLabel: 'Ubicación',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Agendar reunión',
  bookingInProgress: 'Agendando…',
  bookingStepHeading: 'Ingrese sus datos',
  slotSummaryLabel: 'Horario seleccionado',
  changeSlot: 'Cambiar',
  changeSlotLabel: 'Cambiar el horario seleccionado',
  firstNameLabel: 'Nombre',
  lastNameLabel: 'Apellido',
  emailLabel: 'Correo electrónico',
  requiredMarker: '(obligatorio)',
  lockedHint: 'Lo proporciona la página; no se puede modificar aquí.',
  selectPlaceholder: 'Seleccionar…',
  guestsHeading: 'Invitados',
  guestsHint: plural(locale, {
    one: 'Puede invitar hasta a # persona.',
    many: 'Puede invitar hasta a # de personas.',
    other: 'Puede invitar hasta a # personas.',
  }),
  guestEmailLabel: (position) => `Correo electrónico del invitado ${n(position)}`,
  addGuest: 'Agregar invitado',
  removeGuest: (position) => `Eliminar invitado ${n(position)}`,
  guestAdded: 'Invitado agregado',
  guestRemoved: 'Invitado eliminado',
  consentHeading: 'Consentimiento',
  processingConsentFallbackLabel: 'Acepto que la persona organizadora almacene y procese mis datos personales.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Responda “${label.trim()}”.` : `El campo “${label}” es obligatorio.`,
  errorEmailFormat: 'Ingrese una dirección de correo electrónico como name@example.com.',
  errorGuestEmailFormat: (position) =>
    `Invitado ${n(position)}: ingrese una dirección de correo electrónico como name@example.com.`,
  errorGuestDuplicate: (position) => `El invitado ${n(position)} ya está en la lista.`,
  errorGuestIsVisitor: (position) =>
    `El correo del invitado ${n(position)} es el suyo; usted ya figura entre los participantes.`,
  errorTooManyGuests: plural(locale, {
    one: 'Puede invitar como máximo a # persona.',
    many: 'Puede invitar como máximo a # de personas.',
    other: 'Puede invitar como máximo a # personas.',
  }),
  errorNumber: (label) => `El campo “${label}” debe ser un número.`,
  errorDate: (label) => `El campo “${label}” debe ser una fecha con el formato 2025-01-31.`,
  errorTickRequired: (label) => `Marque “${label.replace(/[.:]+$/, '')}” para continuar.`,
  errorSummaryHeading: plural(locale, {
    one: '# campo requiere atención',
    many: '# de campos requieren atención',
    other: '# campos requieren atención',
  }),
  failureNetwork:
    'No se pudo conectar con el servicio de agendamiento, así que la reunión no se agendó. Verifique su conexión e inténtelo de nuevo.',
  failureTimeout:
    'El servicio de agendamiento tardó demasiado en responder, así que no se sabe si la reunión se agendó. Revise si recibió un correo de confirmación antes de volver a intentarlo.',
  failureRateLimited: optionalPlural(
    'Demasiados intentos en poco tiempo. Espere un momento e inténtelo de nuevo.',
    plural(locale, {
      one: 'Demasiados intentos en poco tiempo. Espere # segundo e inténtelo de nuevo.',
      many: 'Demasiados intentos en poco tiempo. Espere # de segundos e inténtelo de nuevo.',
      other: 'Demasiados intentos en poco tiempo. Espere # segundos e inténtelo de nuevo.',
    }),
  ),
  failureServer:
    'Ocurrió un error en el servicio de agendamiento, así que la reunión no se agendó. Inténtelo de nuevo.',
  failureRejected: (message) => `No se aceptó la solicitud: ${message}`,
  failureNotFound: 'Esta página de agendamiento ya no existe, así que no se pudo agendar la reunión.',
  failureInvalidResponse:
    'El servicio de agendamiento envió una respuesta que no se pudo leer, así que no se sabe si la reunión se agendó. Revise si recibió un correo de confirmación antes de volver a intentarlo.',
  retryBooking: 'Volver a intentar',
  bookedHeading: 'Reunión agendada',
  requestedHeading: 'Reunión solicitada',
  bookedNotice: 'Se creó una invitación de calendario para esta reunión.',
  offlineNotice:
    'No se creó ninguna invitación de calendario. Se le avisó a la persona organizadora, que se comunicará con usted.',
  confirmationDateLabel: 'Fecha',
  confirmationTimeLabel: 'Hora',
  confirmationTimeZoneLabel: 'Zona horaria',
  confirmationDurationLabel: 'Duración',
  confirmationSubjectLabel: 'Asunto',
  confirmationLocationLabel: 'Ubicación',
  confirmationJoinLabel: 'Videollamada',
  confirmationJoinLink: 'Unirse a la reunión',
  confirmationOrganizerLabel: 'Organizado por',
  confirmationGuestsLabel: 'Invitados',
  addToCalendarHeading: 'Agregar al calendario',
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
  failureOffline: 'No tienes conexión: guardamos tus datos. No se envió nada; vuelve a presionar el botón de agendar cuando tengas conexión.',
  failureVerification: 'La verificación de que no eres un robot no se superó, así que la reunión no se agendó. Vuelve a hacer la verificación y agenda.',
} satisfies Messages;
