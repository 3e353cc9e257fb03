// European Portuguese (português europeu). Formal third-person address, European usage ("marcar",
// "ficheiro", "transferir", "separador", "a carregar"), quotation marks «…». Gender-neutral
// "quem organiza a reunião".
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

const locale = 'pt-PT';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Marcar uma reunião',
  loading: 'A carregar os horários disponíveis…',
  durationLabel: duration,
  durationTabsLabel: 'Duração da reunião',
  singleDurationLabel: (ms) => `Duração: ${duration(ms)}`,
  dayLabel: dayLabel({
    count: plural(locale, { one: '# horário disponível', many: '# de horários disponíveis', other: '# horários disponíveis' }),
    none: 'sem horários disponíveis',
    selected: 'selecionado',
  }),
  monthLabel: (monthKey, dateLocale) => formatMonthYear(monthKey, dateLocale),
  previousMonth: 'Mês anterior',
  nextMonth: 'Mês seguinte',
  loadingMonth: 'A carregar horários…',
  noTimesThisMonth: 'Não há horários disponíveis este mês.',
  pickADay: 'Escolha um dia para ver os horários disponíveis.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Fuso horário',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Nenhum fuso horário corresponde à pesquisa',
  timeZoneMatches: plural(locale, { one: '# fuso horário', many: '# de fusos horários', other: '# fusos horários' }),
  hourCycleLabel: 'Formato de hora',
  hourCycle12: '12 horas',
  hourCycle24: '24 horas',
  noTimesAvailable: 'Sem horários disponíveis',
  noTimesAvailableDescription: 'De momento, não há horários livres nesta página de marcações. Volte a consultá-la mais tarde.',
  pageNotFound: 'Não foi possível encontrar esta página de marcações',
  pageNotFoundDescription: 'Verifique a ligação ou peça uma nova a quem organiza a reunião.',
  loadFailed: 'Não foi possível carregar os horários disponíveis',
  errorDescription: byErrorKind({
    offline: 'Está sem ligação. Os horários serão carregados quando voltar a estar online.',
    network: 'Não foi possível contactar o serviço de marcações. Verifique a sua ligação à Internet e tente novamente.',
    timeout: 'O serviço de marcações demorou demasiado a responder. Tente novamente.',
    'rate-limited': 'Foram feitos demasiados pedidos em pouco tempo. Aguarde um momento e tente novamente.',
    server: 'Ocorreu um problema no serviço de marcações. Tente novamente.',
    'invalid-response': 'O serviço de marcações enviou uma resposta que não foi possível ler. Tente novamente mais tarde.',
    other: 'Ocorreu um erro ao carregar esta página de marcações. Tente novamente.',
  }),
  unexpectedError: 'Ocorreu um erro no sistema de marcações. Recarregue a página.',
  tryAgain: 'Tentar novamente',
  slotTaken: 'Esse horário acabou de ser marcado por outra pessoa. Escolha outro.',
  dismiss: 'Fechar',
  roundRobinMembers: (names) => `Irá reunir-se com uma destas pessoas: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Irá reunir-se com: ${formatList(names, locale)}`,
  locationLabel: 'Local',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Marcar reunião',
  bookingInProgress: 'A marcar…',
  bookingStepHeading: 'Os seus dados',
  slotSummaryLabel: 'Horário selecionado',
  changeSlot: 'Alterar',
  changeSlotLabel: 'Alterar o horário selecionado',
  firstNameLabel: 'Nome próprio',
  lastNameLabel: 'Apelido',
  emailLabel: 'Endereço de email',
  requiredMarker: '(obrigatório)',
  lockedHint: 'Definido pela página; não é possível alterá-lo aqui.',
  selectPlaceholder: 'Selecionar…',
  guestsHeading: 'Convidados',
  guestsHint: plural(locale, {
    one: 'Pode convidar até # pessoa.',
    many: 'Pode convidar até # de pessoas.',
    other: 'Pode convidar até # pessoas.',
  }),
  guestEmailLabel: (position) => `Email do convidado ${n(position)}`,
  addGuest: 'Adicionar convidado',
  removeGuest: (position) => `Remover convidado ${n(position)}`,
  guestAdded: 'Convidado adicionado',
  guestRemoved: 'Convidado removido',
  consentHeading: 'Consentimento',
  processingConsentFallbackLabel: 'Autorizo quem organiza a reunião a guardar e tratar os meus dados pessoais.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Responda a «${label.trim()}».` : `O campo «${label}» é obrigatório.`,
  errorEmailFormat: 'Introduza um endereço de email como name@example.com.',
  errorGuestEmailFormat: (position) => `Convidado ${n(position)}: introduza um endereço de email como name@example.com.`,
  errorGuestDuplicate: (position) => `O convidado ${n(position)} já consta da lista.`,
  errorGuestIsVisitor: (position) => `O email do convidado ${n(position)} é o seu; já faz parte dos participantes.`,
  errorTooManyGuests: plural(locale, {
    one: 'Pode convidar, no máximo, # pessoa.',
    many: 'Pode convidar, no máximo, # de pessoas.',
    other: 'Pode convidar, no máximo, # pessoas.',
  }),
  errorNumber: (label) => `O campo «${label}» tem de ser um número.`,
  errorDate: (label) => `O campo «${label}» tem de ser uma data no formato 2025-01-31.`,
  errorTickRequired: (label) => `Assinale «${label.replace(/[.:]+$/, '')}» para continuar.`,
  errorSummaryHeading: plural(locale, {
    one: '# campo requer atenção',
    many: '# de campos requerem atenção',
    other: '# campos requerem atenção',
  }),
  failureNetwork:
    'Não foi possível contactar o serviço de marcações, pelo que a reunião não foi marcada. Verifique a sua ligação à Internet e tente novamente.',
  failureTimeout:
    'O serviço de marcações demorou demasiado a responder, pelo que não se sabe se a reunião foi marcada. Verifique se recebeu um email de confirmação antes de tentar novamente.',
  failureRateLimited: optionalPlural(
    'Demasiadas tentativas em pouco tempo. Aguarde um momento e tente novamente.',
    plural(locale, {
      one: 'Demasiadas tentativas em pouco tempo. Aguarde # segundo e tente novamente.',
      many: 'Demasiadas tentativas em pouco tempo. Aguarde # de segundos e tente novamente.',
      other: 'Demasiadas tentativas em pouco tempo. Aguarde # segundos e tente novamente.',
    }),
  ),
  failureServer: 'Ocorreu um erro no serviço de marcações, pelo que a reunião não foi marcada. Tente novamente.',
  failureRejected: (message) => `A marcação não foi aceite: ${message}`,
  failureNotFound: 'Esta página de marcações já não existe, pelo que não foi possível marcar a reunião.',
  failureInvalidResponse:
    'O serviço de marcações enviou uma resposta que não foi possível ler, pelo que não se sabe se a reunião foi marcada. Verifique se recebeu um email de confirmação antes de tentar novamente.',
  retryBooking: 'Tentar novamente',
  bookedHeading: 'Reunião marcada',
  requestedHeading: 'Pedido de reunião enviado',
  bookedNotice: 'Foi criado um convite de calendário para esta reunião.',
  offlineNotice:
    'Não foi criado nenhum convite de calendário. O seu pedido foi enviado a quem organiza a reunião, que entrará em contacto consigo.',
  confirmationDateLabel: 'Data',
  confirmationTimeLabel: 'Hora',
  confirmationTimeZoneLabel: 'Fuso horário',
  confirmationDurationLabel: 'Duração',
  confirmationSubjectLabel: 'Assunto',
  confirmationLocationLabel: 'Local',
  confirmationJoinLabel: 'Videochamada',
  confirmationJoinLink: 'Participar na reunião',
  confirmationOrganizerLabel: 'Organizado por',
  confirmationGuestsLabel: 'Convidados',
  addToCalendarHeading: 'Adicionar ao calendário',
  meetingTitle: (organizer) => (organizer ? `Reunião com ${organizer}` : 'Reunião'),
  opensInNewTab: '(abre num novo separador)',
  downloadIcs: 'Transferir ficheiro .ics',
  googleCalendar: 'Google Agenda',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'A redirecionar para a página seguinte…',
  redirectLink: 'Continuar agora',
  invitationSentTo: (email) => `Convite enviado para ${email}`,
  invitationSent: 'Um convite de calendário está a caminho.',
  nextStepsHeading: 'Próximos passos',
  summaryLabel: 'Detalhes da reunião',
  nextAvailable: (date, dateLocale) => `Próximo horário disponível: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Sugeridos',
  failureOffline: 'Está sem ligação: os seus dados foram mantidos. Nada foi enviado; carregue novamente no botão de marcar quando voltar a estar online.',
  failureVerification: 'A verificação de que não é um robô falhou, pelo que a reunião não foi marcada. Repita a verificação e depois marque.',
} satisfies Messages;
