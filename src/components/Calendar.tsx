import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { addMonthsToKey } from '../scheduling/addMonthsToKey';
import { buildMonthGrid } from '../scheduling/buildMonthGrid';
import { compareKeys } from '../scheduling/compareKeys';
import type { DayOfWeek } from '../scheduling/DayOfWeek';
import { focusableDate } from '../scheduling/focusableDate';
import { monthKeyOfDate } from '../scheduling/monthKeyOfDate';
import { formatWeekdayShort } from '../i18n/formatters/formatWeekdayShort';
import { formatWeekdayHeaders } from '../i18n/formatters/formatWeekdayHeaders';
import type { BrowseMessages } from '../i18n/browseMessages';
import { calendarKeyTarget } from './helpers/calendarKeyTarget';
import type { TextDirection } from './helpers/textDirection';
import { Icon } from './Icon';

/** Props of {@link Calendar}. */
export interface CalendarProps {
  /** The month shown, `yyyy-MM` in the visitor's zone. */
  month: string;
  /** Today in the visitor's zone: the earliest month reachable is today's. */
  today: string;
  /** Days with at least one free slot: the only ones that can be selected. */
  availableDates: ReadonlySet<string>;
  /**
   * Free slots per day, for the days' names ("3 times available").
   * @defaultValue none (names say only whether a day has times)
   */
  slotCounts?: ReadonlyMap<string, number>;
  /**
   * The day whose times are listed (`aria-selected`).
   * @defaultValue none (no day is selected)
   */
  selectedDate?: string;
  /** BCP 47 locale of the month, weekday and day names. */
  locale: string;
  /** First column of the grid (0 = Sunday). */
  weekStartsOn: DayOfWeek;
  /** Right to left mirrors ArrowLeft/ArrowRight. */
  dir: TextDirection;
  /** The month's times are loading: every day is unavailable until they arrive. */
  busy: boolean;
  /** An earlier month can be shown (not before the current one). */
  canGoPrevious: boolean;
  /** A later month may have times. */
  canGoNext: boolean;
  /** Show another month (`yyyy-MM`). */
  onMonthChange: (month: string) => void;
  /** The visitor picked a day with times. */
  onSelectDate: (date: string) => void;
  /**
   * The day last focused, when the caller keeps it (see `useBrowseState`).
   * @defaultValue kept by the calendar
   */
  focusedDate?: string;
  /**
   * Focus moved to a day (or, with `undefined`, was reset by a month button).
   * @defaultValue none
   */
  onFocusedDateChange?: (date: string | undefined) => void;
  /**
   * Each new value moves focus to the day in the tab order (e.g. after a notice above was closed).
   * @defaultValue none
   */
  focusRequest?: number;
  /**
   * Move focus to the day in the tab order when mounted (e.g. back from the form).
   * @defaultValue false
   */
  autoFocus?: boolean;
  /** The strings it shows. */
  messages: Pick<BrowseMessages, 'dayLabel' | 'monthLabel' | 'previousMonth' | 'nextMonth' | 'loadingMonth'>;
}

const WEEKDAYS: DayOfWeek[] = [0, 1, 2, 3, 4, 5, 6];

/**
 * The month as a WAI-ARIA date grid: one day in the tab order (roving tabindex), arrows by day and
 * week, Home/End, PageUp/PageDown by month (loading it when needed), Enter/Space to select. Days
 * without times stay focusable (`aria-disabled`) so the whole month can be explored by keyboard.
 */
export function Calendar(props: CalendarProps) {
  const { month, today, availableDates, selectedDate, locale, weekStartsOn, dir, busy, messages } = props;
  const captionId = useId();
  const gridRef = useRef<HTMLTableElement>(null);
  const [ownFocusedDate, setOwnFocusedDate] = useState<string>();
  const controlled = props.onFocusedDateChange !== undefined;
  const focusedDate = controlled ? props.focusedDate : ownFocusedDate;
  const setFocusedDate = (date: string | undefined) => {
    if (controlled) props.onFocusedDateChange?.(date);
    else setOwnFocusedDate(date);
  };
  const moveFocusRef = useRef(props.autoFocus ?? false);
  const focusRequestRef = useRef(props.focusRequest);
  const weeks = buildMonthGrid(month, weekStartsOn, { fixedWeeks: true });
  // Day numbers in the locale's digits, like the month and weekday names around them.
  const numbers = useMemo(() => new Intl.NumberFormat(locale, { useGrouping: false }), [locale]);
  const rovingDate = focusableDate({ month, focused: focusedDate, selected: selectedDate, available: availableDates, today });

  // The day the last key press moved to, ahead of the render that shows it: presses that come
  // faster than renders each start from the one before, not from a stale `rovingDate`.
  const keyDateRef = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    keyDateRef.current = undefined;
  });

  // A layout effect: cells are keyed by date, so a month change removes the focused day; focus
  // moves to the new one in that same commit, before any frame with focus on the page's body.
  useLayoutEffect(() => {
    if (!moveFocusRef.current) return;
    moveFocusRef.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-date="${rovingDate}"]`)?.focus();
  });

  const { focusRequest } = props;
  useEffect(() => {
    if (focusRequestRef.current === focusRequest) return;
    focusRequestRef.current = focusRequest;
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-date="${rovingDate}"]`)?.focus();
  }, [focusRequest, rovingDate]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const from = keyDateRef.current ?? rovingDate;
    const target = calendarKeyTarget(event.key, from, { weekStartsOn, rtl: dir === 'rtl' }, event.shiftKey);
    if (target === undefined) return;
    event.preventDefault();
    const targetMonth = monthKeyOfDate(target);
    if (compareKeys(targetMonth, monthKeyOfDate(today)) < 0) return;
    const shownMonth = monthKeyOfDate(from);
    if (compareKeys(targetMonth, shownMonth) > 0 && !props.canGoNext) return;
    keyDateRef.current = target;
    setFocusedDate(target);
    // A day already in the grid takes focus now, in step with the key; another month's day
    // once its month is rendered (the layout effect above).
    const button = targetMonth === month ? gridRef.current?.querySelector<HTMLButtonElement>(`[data-date="${target}"]`) : null;
    if (button) button.focus();
    else moveFocusRef.current = true;
    if (targetMonth !== shownMonth || targetMonth !== month) props.onMonthChange(targetMonth);
  };

  const select = (date: string) => {
    setFocusedDate(date);
    // Picking the day shown by default is a choice too: the host hears about it.
    if (!busy && availableDates.has(date)) props.onSelectDate(date);
  };

  const changeMonth = (delta: -1 | 1) => {
    const enabled = delta < 0 ? props.canGoPrevious : props.canGoNext;
    if (!enabled) return;
    setFocusedDate(undefined);
    props.onMonthChange(addMonthsToKey(month, delta));
  };

  return (
    <div className="ms-calendar" data-busy={busy || undefined}>
      <div className="ms-calendar__nav">
        {/* aria-disabled, not disabled: a button that loses `disabled` focus keeps its focus. */}
        <button
          type="button"
          className="ms-calendar__nav-button"
          data-direction="previous"
          aria-label={messages.previousMonth}
          aria-disabled={!props.canGoPrevious || undefined}
          onClick={() => changeMonth(-1)}
        >
          <Icon name="chevronStart" />
        </button>
        {/* Polite live region: a month change by PageUp/PageDown or the buttons is announced. */}
        <h3 id={captionId} className="ms-calendar__caption" aria-live="polite">
          {messages.monthLabel(month, locale)}
        </h3>
        <button
          type="button"
          className="ms-calendar__nav-button"
          data-direction="next"
          aria-label={messages.nextMonth}
          aria-disabled={!props.canGoNext || undefined}
          onClick={() => changeMonth(1)}
        >
          <Icon name="chevronEnd" />
        </button>
      </div>
      {busy && (
        <p className="ms-visually-hidden" role="status">
          {messages.loadingMonth}
        </p>
      )}
      <table
        ref={gridRef}
        role="grid"
        className="ms-calendar__grid"
        aria-labelledby={captionId}
        aria-busy={busy || undefined}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr role="row">
            {WEEKDAYS.map((offset) => {
              const weekday = ((weekStartsOn + offset) % 7) as DayOfWeek;
              return (
                <th key={weekday} role="columnheader" scope="col" className="ms-calendar__weekday" abbr={formatWeekdayShort(weekday, locale, 'long')}>
                  {/* Both forms: the container decides which fits ('Thu' or 'T'), so Arabic names never run together. */}
                  <span className="ms-calendar__weekday-short">{formatWeekdayHeaders(locale)[weekday]}</span>
                  <span className="ms-calendar__weekday-narrow" aria-hidden="true">
                    {formatWeekdayShort(weekday, locale, 'narrow')}
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr role="row" key={week[0]?.date}>
              {week.map(({ date, inMonth: isInMonth }) => {
                if (!isInMonth) return <td role="gridcell" key={date} className="ms-calendar__cell" data-outside="" />;
                const available = !busy && availableDates.has(date);
                const selected = available && date === selectedDate;
                return (
                  <td role="gridcell" key={date} className="ms-calendar__cell" aria-selected={selected || undefined}>
                    <button
                      type="button"
                      className="ms-calendar__day"
                      data-date={date}
                      data-available={available || undefined}
                      data-selected={selected || undefined}
                      data-today={date === today || undefined}
                      data-focused={date === rovingDate || undefined}
                      tabIndex={date === rovingDate ? 0 : -1}
                      // "selected" is in the name: focus is on the button, and screen readers
                      // do not read the cell's aria-selected from there (React Aria does the
                      // same). Not aria-pressed (choosing a day is no toggle) nor aria-current
                      // (that says today).
                      aria-label={messages.dayLabel(date, {
                        available,
                        today: date === today,
                        loading: busy,
                        locale,
                        selected,
                        slotCount: available ? (props.slotCounts?.get(date) ?? 0) : 0,
                      })}
                      aria-disabled={!available || undefined}
                      aria-current={date === today ? 'date' : undefined}
                      onFocus={() => setFocusedDate(date)}
                      onClick={() => select(date)}
                    >
                      {numbers.format(Number(date.slice(8, 10)))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
