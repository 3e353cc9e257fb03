/** Default formatters of dates, times, durations and zones: pure functions over Intl. */
export type { TimeFormatOptions } from './TimeFormatOptions';
export { defaultHourCycle } from './defaultHourCycle';
export { formatDurationLabel } from './formatDurationLabel';
export { formatFullDate } from './formatFullDate';
export { formatMonthYear } from './formatMonthYear';
export { formatTime } from './formatTime';
export { formatTimeRange } from './formatTimeRange';
export { formatTimeZoneName } from './formatTimeZoneName';
export { formatWeekdayShort } from './formatWeekdayShort';
export { getTimeFormat } from './getTimeFormat';
export { normalizeSpaces } from './normalizeSpaces';
