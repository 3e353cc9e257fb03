// Brazilian Portuguese (português do Brasil). "Você" address, Brazilian usage ("agendar", "arquivo",
// "baixar", "guia"), quotation marks “…”. Gender-neutral "quem organiza a reunião".
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

const locale = 'pt-BR';
const duration = (ms: number) => formatDuration(ms, locale);
const n = (value: number) => formatNumber(value, locale);

export default {
  // Browse
  widgetLabel: 'Agendar uma reunião',
  loading: 'Carregando horários disponíveis…',
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
  nextMonth: 'Próximo mês',
  loadingMonth: 'Carregando horários…',
  noTimesThisMonth: 'Nenhum horário disponível neste mês.',
  pickADay: 'Escolha um dia para ver os horários disponíveis.',
  slotsLabel: (date, dateLocale) => formatFullDate(date, dateLocale),
  timeZoneLabel: 'Fuso horário',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'Nenhum fuso horário encontrado',
  timeZoneMatches: plural(locale, { one: '# fuso horário', many: '# de fusos horários', other: '# fusos horários' }),
  hourCycleLabel: 'Formato de hora',
  hourCycle12: '12 horas',
  hourCycle24: '24 horas',
  noTimesAvailable: 'Nenhum horário disponível',
  noTimesAvailableDescription: 'No momento, não há horários livres nesta página de agendamento. Volte mais tarde.',
  pageNotFound: 'Não encontramos esta página de agendamento',
  pageNotFoundDescription: 'Confira o link ou peça um novo a quem organiza a reunião.',
  loadFailed: 'Não foi possível carregar os horários disponíveis',
  errorDescription: byErrorKind({
    offline: 'Você está sem conexão. Os horários serão carregados quando você estiver on-line de novo.',
    network: 'Não foi possível acessar o serviço de agendamento. Verifique sua conexão e tente novamente.',
    timeout: 'O serviço de agendamento demorou demais para responder. Tente novamente.',
    'rate-limited': 'Muitas solicitações em pouco tempo. Aguarde um momento e tente novamente.',
    server: 'O serviço de agendamento apresentou um problema. Tente novamente.',
    'invalid-response': 'O serviço de agendamento enviou uma resposta que não pôde ser lida. Tente novamente mais tarde.',
    other: 'Ocorreu um erro ao carregar esta página de agendamento. Tente novamente.',
  }),
  unexpectedError: 'Ocorreu um erro no agendador. Recarregue a página.',
  tryAgain: 'Tentar novamente',
  slotTaken: 'Esse horário acabou de ser reservado. Escolha outro.',
  dismiss: 'Fechar',
  roundRobinMembers: (names) => `Você vai se reunir com uma destas pessoas: ${formatList(names, locale, 'disjunction')}`,
  groupMembers: (names) => `Você vai se reunir com: ${formatList(names, locale)}`,
  locationLabel: 'Local',
  labelSeparator: ': ',

  // Booking
  bookMeeting: 'Agendar reunião',
  bookingInProgress: 'Agendando…',
  bookingStepHeading: 'Informe seus dados',
  slotSummaryLabel: 'Horário selecionado',
  changeSlot: 'Alterar',
  changeSlotLabel: 'Alterar o horário selecionado',
  firstNameLabel: 'Nome',
  lastNameLabel: 'Sobrenome',
  emailLabel: 'E-mail',
  requiredMarker: '(obrigatório)',
  lockedHint: 'Definido pela página; não pode ser alterado aqui.',
  selectPlaceholder: 'Selecione…',
  guestsHeading: 'Convidados',
  guestsHint: plural(locale, {
    one: 'Você pode convidar até # pessoa.',
    many: 'Você pode convidar até # de pessoas.',
    other: 'Você pode convidar até # pessoas.',
  }),
  guestEmailLabel: (position) => `E-mail do convidado ${n(position)}`,
  addGuest: 'Adicionar convidado',
  removeGuest: (position) => `Remover convidado ${n(position)}`,
  guestAdded: 'Convidado adicionado',
  guestRemoved: 'Convidado removido',
  consentHeading: 'Consentimento',
  processingConsentFallbackLabel: 'Autorizo quem organiza a reunião a armazenar e processar meus dados pessoais.',
  errorRequired: (label) =>
    label.trim().endsWith('?') ? `Responda “${label.trim()}”.` : `O campo “${label}” é obrigatório.`,
  errorEmailFormat: 'Informe um endereço de e-mail como name@example.com.',
  errorGuestEmailFormat: (position) => `Convidado ${n(position)}: informe um endereço de e-mail como name@example.com.`,
  errorGuestDuplicate: (position) => `O convidado ${n(position)} já está na lista.`,
  errorGuestIsVisitor: (position) => `O e-mail do convidado ${n(position)} é o seu; você já está entre os participantes.`,
  errorTooManyGuests: plural(locale, {
    one: 'Você pode convidar no máximo # pessoa.',
    many: 'Você pode convidar no máximo # de pessoas.',
    other: 'Você pode convidar no máximo # pessoas.',
  }),
  errorNumber: (label) => `O campo “${label}” deve ser um número.`,
  errorDate: (label) => `O campo “${label}” deve ser uma data no formato 2025-01-31.`,
  errorTickRequired: (label) => `Marque “${label.replace(/[.:]+$/, '')}” para continuar.`,
  errorSummaryHeading: plural(locale, {
    one: '# campo precisa de atenção',
    many: '# de campos precisam de atenção',
    other: '# campos precisam de atenção',
  }),
  failureNetwork:
    'Não foi possível acessar o serviço de agendamento, então a reunião não foi agendada. Verifique sua conexão e tente novamente.',
  failureTimeout:
    'O serviço de agendamento demorou demais para responder, então não sabemos se a reunião foi agendada. Procure um e-mail de confirmação antes de tentar novamente.',
  failureRateLimited: optionalPlural(
    'Muitas tentativas em pouco tempo. Aguarde um momento e tente novamente.',
    plural(locale, {
      one: 'Muitas tentativas em pouco tempo. Aguarde # segundo e tente novamente.',
      many: 'Muitas tentativas em pouco tempo. Aguarde # de segundos e tente novamente.',
      other: 'Muitas tentativas em pouco tempo. Aguarde # segundos e tente novamente.',
    }),
  ),
  failureServer: 'Ocorreu um erro no serviço de agendamento, então a reunião não foi agendada. Tente novamente.',
  failureRejected: (message) => `O agendamento não foi aceito: ${message}`,
  failureNotFound: 'Esta página de agendamento não existe mais, então não foi possível agendar a reunião.',
  failureInvalidResponse:
    'O serviço de agendamento enviou uma resposta que não pôde ser lida, então não sabemos se a reunião foi agendada. Procure um e-mail de confirmação antes de tentar novamente.',
  retryBooking: 'Tentar novamente',
  bookedHeading: 'Reunião agendada',
  requestedHeading: 'Reunião solicitada',
  bookedNotice: 'Um convite de calendário foi criado para esta reunião.',
  offlineNotice:
    'Nenhum convite de calendário foi criado. Sua solicitação foi enviada a quem organiza a reunião, que entrará em contato com você.',
  confirmationDateLabel: 'Data',
  confirmationTimeLabel: 'Horário',
  confirmationTimeZoneLabel: 'Fuso horário',
  confirmationDurationLabel: 'Duração',
  confirmationSubjectLabel: 'Assunto',
  confirmationLocationLabel: 'Local',
  confirmationJoinLabel: 'Videochamada',
  confirmationJoinLink: 'Entrar na reunião',
  confirmationOrganizerLabel: 'Organizado por',
  confirmationGuestsLabel: 'Convidados',
  addToCalendarHeading: 'Adicionar ao calendário',
  meetingTitle: (organizer) => (organizer ? `Reunião com ${organizer}` : 'Reunião'),
  opensInNewTab: '(abre em uma nova guia)',
  downloadIcs: 'Baixar arquivo .ics',
  googleCalendar: 'Google Agenda',
  outlookCalendar: 'Outlook.com',
  redirectNotice: 'Redirecionando para a próxima página…',
  redirectLink: 'Continuar agora',
  invitationSentTo: (email) => `Convite enviado para ${email}`,
  invitationSent: 'Um convite de calendário está a caminho.',
  nextStepsHeading: 'Próximos passos',
  summaryLabel: 'Detalhes da reunião',
  nextAvailable: (date, dateLocale) => `Próximo horário disponível: ${formatWeekdayDayMonth(date, dateLocale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Sugeridos',
  failureOffline: 'Você está sem conexão: seus dados foram mantidos. Nada foi enviado; clique de novo no botão de agendar quando estiver on-line.',
  failureVerification: 'A verificação de que você não é um robô não foi aprovada, então a reunião não foi agendada. Faça a verificação de novo e depois agende.',
} satisfies Messages;
