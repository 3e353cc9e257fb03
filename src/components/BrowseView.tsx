import { useEffect, useMemo, useRef } from 'react';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookingInfo, TimeSlot } from '../api/types';
import type { Messages } from '../i18n/Messages';
import { currentMonthKey } from '../scheduling/currentMonthKey';
import { getWeekStartsOn } from '../scheduling/getWeekStartsOn';
import { useAvailableDays } from '../hooks/useAvailableDays';
import { useClockTick } from '../hooks/useClockTick';
import { useErrorReport } from '../hooks/useErrorReport';
import { useOpeningMonth } from '../hooks/useOpeningMonth';
import type { BrowseSelection } from './BrowseSelection';
import { Calendar } from './Calendar';
import { DurationTabs } from './DurationTabs';
import { EmptyView } from './EmptyView';
import { ErrorView } from './ErrorView';
import { textDirection } from './helpers/textDirection';
import { HourCycleToggle } from './HourCycleToggle';
import { LoadingView } from './LoadingView';
import { NextAvailableDay } from './NextAvailableDay';
import type { HourCycle } from './MeetingSchedulerProps';
import { Notice } from './Notice';
import { SlotList } from './SlotList';
import { TimeZonePicker } from './TimeZonePicker';

/** Props of {@link BrowseView}. */
export interface BrowseViewProps {
  /** The scheduling page's slug. */
  slug: string;
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
  messages: Messages;
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
 * Everything up to a chosen time: duration tabs, the month calendar, and beside it the time zone
 * and clock settings above the selected day's times (the summary panel is the card's).
 */
export function BrowseView(props: BrowseViewProps) {
  const { slug, info, timezone, locale, messages, selection } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const now = useClockTick();
  const dir = textDirection(locale);
  const weekStartsOn = useMemo(() => getWeekStartsOn(locale), [locale]);
  const opening = useOpeningMonth(info, { slug, timezone }, { enabled: selection.month === undefined });
  const ready = selection.month !== undefined || opening.status === 'ready';
  const duration = selection.duration ?? (opening.status === 'ready' ? opening.duration : info.durations[0]) ?? 0;
  const month = selection.month ?? (opening.status === 'ready' ? opening.month : currentMonthKey(now, timezone));
  const model = useAvailableDays({ slug, timezone, duration, month }, ready);
  useErrorReport(opening.status === 'error' ? opening.error : null, props.onError);
  useErrorReport(model.error, props.onError);

  const { onShown } = props;
  const shown = ready || opening.status === 'empty';
  useEffect(() => {
    if (shown) onShown();
  }, [shown, onShown]);

  const availableDates = new Set(model.days.map((day) => day.date));
  const date = selection.date !== undefined && availableDates.has(selection.date) ? selection.date : model.days[0]?.date;
  const daySlots = model.days.find((day) => day.date === date)?.slots ?? [];
  // Pin what the visitor sees before changing one part of it, so e.g. a new zone keeps the month.
  const pinned: BrowseSelection = { duration, month: model.month, date };
  const durations = info.durations.includes(duration) ? info.durations : [...info.durations, duration];

  const dismissNotice = () => {
    props.onDismissNotice();
    rootRef.current?.querySelector<HTMLElement>('.ms-calendar__day[tabindex="0"]')?.focus();
  };

  let body;
  if (!ready) {
    body =
      opening.status === 'error' ? (
        <ErrorView error={opening.error} messages={messages} onRetry={opening.retry} headingLevel={3} />
      ) : opening.status === 'empty' ? (
        <EmptyView messages={messages} />
      ) : (
        <LoadingView messages={messages} variant="panel" />
      );
  } else {
    let times;
    if (model.isLoading) {
      times = <div className="ms-skeleton ms-skeleton--slot" aria-hidden="true" />;
    } else if (model.error && model.days.length === 0) {
      times = <ErrorView error={model.error} messages={messages} onRetry={model.retry} headingLevel={3} />;
    } else if (date === undefined) {
      times = (
        <NextAvailableDay
          slug={slug}
          timezone={timezone}
          duration={duration}
          month={model.month}
          locale={locale}
          messages={messages}
          onJump={(next) => props.onSelectionChange({ ...pinned, month: next.slice(0, 7), date: next })}
        />
      );
    } else {
      times = (
        <SlotList
          date={date}
          slots={daySlots}
          timeZone={timezone}
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
      <DurationTabs
        durations={durations}
        selected={duration}
        dir={dir}
        messages={messages}
        onSelect={(next) => {
          props.onSelectionChange({ ...pinned, duration: next });
          props.onDurationChange(next);
        }}
      >
        <div className="ms-panel__body">
          <Calendar
            month={model.month}
            today={model.today}
            availableDates={availableDates}
            selectedDate={date}
            locale={locale}
            weekStartsOn={weekStartsOn}
            dir={dir}
            busy={model.isLoading}
            canGoPrevious={model.canGoPrevious}
            canGoNext={model.canGoNext}
            autoFocus={props.initialFocus === 'slots' && date === undefined}
            messages={messages}
            onMonthChange={(next) => props.onSelectionChange({ ...pinned, month: next, date: undefined })}
            onSelectDate={(next) => {
              props.onSelectionChange({ ...pinned, date: next });
              props.onDateSelect(next);
            }}
          />
          {/* The zone sits right above the times it changes; the list scrolls inside the column,
              so the card's height does not depend on how many times a day has. */}
          <div className="ms-panel__times">
            <TimeZonePicker
              value={timezone}
              locale={locale}
              hourCycle={props.hourCycle}
              messages={messages}
              onChange={(next) => {
                props.onSelectionChange(pinned);
                props.onTimezoneChange(next);
              }}
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
    <div ref={rootRef} className="ms-browse">
      {props.notice && (
        <Notice dismissLabel={messages.dismiss} onDismiss={dismissNotice} autoFocus={props.initialFocus === 'notice'}>
          {props.notice}
        </Notice>
      )}
      {body}
    </div>
  );
}
