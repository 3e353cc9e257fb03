import type { MeetingsApiError } from '../api/MeetingsApiError';
import { formatDurationLabel, formatFullDate, formatMonthYear } from './formatters';
import { formatWeekdayDayMonth } from './formatters/formatWeekdayDayMonth';
import { formatList } from './formatters/formatList';
import { byErrorKind } from './grammar/byErrorKind';
import { dayLabel } from './grammar/dayLabel';
import { plural } from './grammar/plural';
import { timeZoneOptionText, type TimeZoneFriendlyName } from './grammar/timeZoneOptionText';

/** Context of a calendar day's accessible label. */
export interface DayLabelContext {
  /** The day has at least one free slot for the selected duration. */
  available: boolean;
  /** The day is today in the visitor's zone. */
  today: boolean;
  /** The month's times are still loading: whether the day has any is not known yet. */
  loading: boolean;
  /** BCP 47 locale to write the date in. */
  locale: string;
  /** The day is the one whose times are listed. */
  selected: boolean;
  /** Free times of the day (0 when it has none or they are loading). */
  slotCount: number;
}

/**
 * Strings of the browse part: header, duration tabs, calendar, time zones, slots, errors. Plain
 * strings, or pure functions of the values they carry.
 */
export interface BrowseMessages {
  /** Name of the widget's region landmark. */
  widgetLabel: string;
  /** Shown while booking info loads. */
  loading: string;
  /** A duration tab: '15 min', '1 hr', '1 hr 30 min'. */
  durationLabel: (durationMs: number) => string;
  /** Name of the duration tab list. */
  durationTabsLabel: string;
  /** Shown instead of tabs when a page offers one duration. */
  singleDurationLabel: (durationMs: number) => string;
  /** A calendar day's accessible name: the full date, and whether it has times. */
  dayLabel: (date: string, context: DayLabelContext) => string;
  /** The calendar caption and the name of its grid. */
  monthLabel: (monthKey: string, locale: string) => string;
  /** Name of the previous-month button. */
  previousMonth: string;
  /** Name of the next-month button. */
  nextMonth: string;
  /** Added to the calendar while a month's times load. */
  loadingMonth: string;
  /** The month shown has no time for the selected duration. */
  noTimesThisMonth: string;
  /** Above the slots before a day is picked. */
  pickADay: string;
  /** Heading and name of the slot radio group: the selected day. */
  slotsLabel: (date: string, locale: string) => string;
  /** Label of the time zone picker. */
  timeZoneLabel: string;
  /**
   * An option of the time zone list: the zone id, its UTC offset now, and (when the engine has
   * one) its friendly name ('Eastern Time') and city ('New York').
   */
  timeZoneOption: (timeZone: string, offset: string, name?: TimeZoneFriendlyName) => string;
  /** Shown when the search matches no zone. */
  timeZoneNoMatches: string;
  /** Announced with the number of zones the search matches. */
  timeZoneMatches: (count: number) => string;
  /** Legend of the 12/24-hour choice. */
  hourCycleLabel: string;
  /** The 12-hour choice of the clock toggle. */
  hourCycle12: string;
  /** The 24-hour choice of the clock toggle. */
  hourCycle24: string;
  /** Heading of the empty view. */
  noTimesAvailable: string;
  /** Text of the empty view. */
  noTimesAvailableDescription: string;
  /** Heading of the error view for an unknown slug. */
  pageNotFound: string;
  /** What to do about an unknown page. */
  pageNotFoundDescription: string;
  /** Heading of the error view for other failures. */
  loadFailed: string;
  /** A sentence saying what went wrong, by error kind. */
  errorDescription: (error: MeetingsApiError) => string;
  /** Shown when the widget itself failed (a bug, not the network). */
  unexpectedError: string;
  /** The retry button. */
  tryAgain: string;
  /** The slot chosen was booked by someone else meanwhile. */
  slotTaken: string;
  /** The button that closes a notice. */
  dismiss: string;
  /** The people of a round-robin link, one of whom the visitor meets (join with `formatList`, 'disjunction'). */
  roundRobinMembers: (names: readonly string[]) => string;
  /** The people of a group link, all of whom the visitor meets (join with `formatList`). */
  groupMembers: (names: readonly string[]) => string;
  /** Introduces the meeting's location. */
  locationLabel: string;
  /** Between a label and its value ('Location: Zoom'): ': ' in English, ' : ' in French, '：' in Japanese. */
  labelSeparator: string;
  /** Name of the summary panel (who, what, how long, where). */
  summaryLabel: string;
  /** The button of an empty month that jumps to the next day with times (`yyyy-MM-dd`). */
  nextAvailable: (date: string, locale: string) => string;
  /** The zone control's button: the zone's name and the time there now. */
  timeZoneButton: (name: string, currentTime: string) => string;
  /** Group heading of the zones listed first: the visitor's and the organizer's. */
  timeZoneSuggested: string;
}

/** English defaults. */
export const defaultBrowseMessages: BrowseMessages = {
  widgetLabel: 'Schedule a meeting',
  loading: 'Loading available times…',
  durationLabel: formatDurationLabel,
  durationTabsLabel: 'Meeting duration',
  singleDurationLabel: (durationMs) => `Duration: ${formatDurationLabel(durationMs)}`,
  dayLabel: dayLabel({
    count: plural('en', { one: '# time available', other: '# times available' }),
    none: 'no availability',
    selected: 'selected',
  }),
  monthLabel: (monthKey, locale) => formatMonthYear(monthKey, locale),
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  loadingMonth: 'Loading times…',
  noTimesThisMonth: 'No times available this month.',
  pickADay: 'Pick a day to see its times.',
  slotsLabel: (date, locale) => formatFullDate(date, locale),
  timeZoneLabel: 'Time zone',
  timeZoneOption: (timeZone, offset, name) => timeZoneOptionText(timeZone, offset, name),
  timeZoneNoMatches: 'No matching time zone',
  timeZoneMatches: plural('en', { one: '# time zone', other: '# time zones' }),
  hourCycleLabel: 'Time format',
  hourCycle12: '12h',
  hourCycle24: '24h',
  noTimesAvailable: 'No times available',
  noTimesAvailableDescription: 'There are no open times on this scheduling page right now. Please check back later.',
  pageNotFound: 'This scheduling page could not be found',
  pageNotFoundDescription: 'Check the link, or ask the organizer for a new one.',
  loadFailed: 'The available times could not be loaded',
  errorDescription: byErrorKind({
    offline: "You're offline. These times will load when you're back online.",
    network: 'We could not reach the scheduling service. Check your connection and try again.',
    timeout: 'The scheduling service took too long to answer. Please try again.',
    'rate-limited': 'Too many requests just now. Please wait a moment and try again.',
    server: 'The scheduling service had a problem. Please try again.',
    'invalid-response': 'The scheduling service sent an answer we could not read. Please try again later.',
    other: 'Something went wrong while loading this scheduling page. Please try again.',
  }),
  unexpectedError: 'Something went wrong in the scheduler. Please reload the page.',
  tryAgain: 'Try again',
  slotTaken: 'That time was just taken. Please pick another.',
  dismiss: 'Dismiss',
  roundRobinMembers: (names) => `You will meet one of: ${formatList(names, 'en', 'disjunction')}`,
  groupMembers: (names) => `You will meet: ${formatList(names, 'en')}`,
  locationLabel: 'Location',
  labelSeparator: ': ',
  summaryLabel: 'Meeting details',
  nextAvailable: (date, locale) => `Next available: ${formatWeekdayDayMonth(date, locale)}`,
  timeZoneButton: (name, currentTime) => `${name} (${currentTime})`,
  timeZoneSuggested: 'Suggested',
};
