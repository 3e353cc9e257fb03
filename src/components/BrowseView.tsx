import { useMemo } from 'react';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookingInfo, TimeSlot } from '../api/types';
import type { BrowseMessages } from '../i18n/browseMessages';
import type { BrowseSelection } from '../model/BrowseSelection';
import type { HourCycle } from '../model/HourCycle';
import { getWeekStartsOn } from '../scheduling/getWeekStartsOn';
import { useBrowseState } from '../hooks/useBrowseState';
import { Calendar } from './Calendar';
import { DurationTabs } from './DurationTabs';
import { EmptyView } from './EmptyView';
import { ErrorView } from './ErrorView';
import { textDirection } from './helpers/textDirection';
import { HourCycleToggle } from './HourCycleToggle';
import { LoadingView } from './LoadingView';
import { NextAvailableDay } from './NextAvailableDay';
import { Notice } from './Notice';
import { SlotList } from './SlotList';
import { TimeZonePicker } from './TimeZonePicker';

/** Props of {@link BrowseView}. */
export interface BrowseViewProps {
  /** The scheduling page's slug. */
  slug: string;
  /** The time (epoch ms): the flow's minute tick. */
  now: number;
  /** The page's booking info (settings, branding, durations). */
  info: BookingInfo;
  /** IANA zone times are shown in. */
  timezone: string;
  /** The visitor picked another zone. */
  onTimezoneChange: (timezone: string) => void;
  /** 12- or 24-hour clock. */
  hourCycle: HourCycle;
  /** The visitor picked the other clock. */
  onHourCycleChange: (hourCycle: HourCycle) => void;
  /** BCP 47 locale of dates, times and the week start. */
  locale: string;
  /** Every UI string, defaults merged with the host's overrides. */
  messages: BrowseMessages;
  /** What the visitor chose so far (kept by the root). */
  selection: BrowseSelection;
  /** The visitor changed duration, month or day. */
  onSelectionChange: (selection: BrowseSelection) => void;
  /** Start of the slot chosen before, checked in the list. */
  chosenStart?: number;
  /** A message above the calendar, e.g. that the chosen time was taken. */
  notice?: string;
  /** The visitor closed the notice. */
  onDismissNotice: () => void;
  /** Where focus goes when the view mounts: back from the form, or after a slot was taken. */
  initialFocus?: 'slots' | 'notice';
  /** The visitor chose a time: the root opens the form. */
  onChooseSlot: (slot: TimeSlot, duration: number) => void;
  /** The first calendar (or the empty view) is on screen. */
  onShown: () => void;
  /** Host callback: another meeting length (ms). */
  onDurationChange: (duration: number) => void;
  /** Host callback: a day picked (`yyyy-MM-dd`). */
  onDateSelect: (date: string) => void;
  /** Host callback: a month or the search for one failed. */
  onError: (error: MeetingsApiError) => void;
}

/**
 * Everything up to a chosen time, as a view over {@link useBrowseState}: duration tabs, the month
 * calendar, and beside it the time zone above the selected day's times and the clock setting
 * (the summary panel is the card's).
 */
export function BrowseView(props: BrowseViewProps) {
  const { info, timezone, locale, messages } = props;
  const dir = textDirection(locale);
  const weekStartsOn = useMemo(() => getWeekStartsOn(locale), [locale]);
  const browse = useBrowseState({
    slug: props.slug,
    info,
    timezone,
    now: props.now,
    selection: props.selection,
    onSelectionChange: props.onSelectionChange,
    onTimezoneChange: props.onTimezoneChange,
    onDurationChange: props.onDurationChange,
    onDateSelect: props.onDateSelect,
    onError: props.onError,
    onShown: props.onShown,
  });
  const { date, duration } = browse;

  const dismissNotice = () => {
    props.onDismissNotice();
    browse.focusDay();
  };

  let body;
  if (browse.status !== 'ready') {
    body =
      browse.status === 'error' && browse.openingError ? (
        <ErrorView error={browse.openingError} messages={messages} onRetry={browse.retryOpening} headingLevel={3} />
      ) : browse.status === 'empty' ? (
        <EmptyView messages={messages} />
      ) : (
        <LoadingView messages={messages} variant="panel" />
      );
  } else {
    let times;
    if (browse.isLoading) {
      times = <div className="ms-skeleton ms-skeleton--slot" aria-hidden="true" />;
    } else if (browse.error && browse.availableDates.size === 0) {
      times = <ErrorView error={browse.error} messages={messages} onRetry={browse.retry} headingLevel={3} />;
    } else if (date === undefined) {
      times = (
        <NextAvailableDay
          slug={props.slug}
          timezone={timezone}
          duration={duration}
          month={browse.month}
          locale={locale}
          messages={messages}
          onJump={(next) => {
            props.onSelectionChange({ ...props.selection, duration, month: next.slice(0, 7), date: next });
            props.onDateSelect(next);
          }}
        />
      );
    } else {
      times = (
        <SlotList
          date={date}
          today={browse.today}
          slots={browse.daySlots}
          timezone={timezone}
          locale={locale}
          hourCycle={props.hourCycle}
          dir={dir}
          chosenStart={props.chosenStart}
          autoFocus={props.initialFocus === 'slots'}
          onChoose={(slot) => props.onChooseSlot(slot, duration)}
          messages={messages}
        />
      );
    }
    body = (
      <DurationTabs durations={browse.durations} selected={duration} dir={dir} messages={messages} onSelect={browse.selectDuration}>
        <div className="ms-panel__body">
          <Calendar
            month={browse.month}
            today={browse.today}
            availableDates={browse.availableDates}
            slotCounts={browse.slotCounts}
            selectedDate={date}
            focusedDate={browse.focusedDate}
            onFocusedDateChange={browse.setFocusedDate}
            focusRequest={browse.focusRequest}
            locale={locale}
            weekStartsOn={weekStartsOn}
            dir={dir}
            busy={browse.isLoading}
            canGoPrevious={browse.canGoPrevious}
            canGoNext={browse.canGoNext}
            autoFocus={props.initialFocus === 'slots' && date === undefined}
            messages={messages}
            onMonthChange={browse.showMonth}
            onSelectDate={browse.selectDate}
          />
          {/* The zone sits right above the times it changes; the list scrolls inside the column,
              so the card's height does not depend on how many times a day has. */}
          <div className="ms-panel__times">
            <TimeZonePicker
              value={timezone}
              now={props.now}
              locale={locale}
              hourCycle={props.hourCycle}
              messages={messages}
              onChange={browse.changeTimezone}
            />
            <div className="ms-panel__scroll">{times}</div>
            {/* After the times: their radios stay the first of the view, and the clock is set less often. */}
            <HourCycleToggle value={props.hourCycle} onChange={props.onHourCycleChange} messages={messages} />
          </div>
        </div>
      </DurationTabs>
    );
  }

  return (
    <div className="ms-browse">
      {props.notice && (
        <Notice dismissLabel={messages.dismiss} onDismiss={dismissNotice} autoFocus={props.initialFocus === 'notice'}>
          {props.notice}
        </Notice>
      )}
      {body}
    </div>
  );
}
