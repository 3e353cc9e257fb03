import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TimeSlot } from '../api/types';
import { formatRelativeDay } from '../i18n/formatters/formatRelativeDay';
import { formatTime } from '../i18n/formatters/formatTime';
import { formatTimeZoneName } from '../i18n/formatters/formatTimeZoneName';
import type { BrowseMessages } from '../i18n/browseMessages';
import type { HourCycle } from '../model/HourCycle';
import type { TextDirection } from './helpers/textDirection';

/** Props of {@link SlotList}. */
export interface SlotListProps {
  /** The selected day, `yyyy-MM-dd` in `timezone`: names the group. */
  date: string;
  /**
   * The visitor's today (`yyyy-MM-dd` in `timezone`): today and tomorrow get their word above the date.
   * @defaultValue none
   */
  today?: string;
  /** That day's free slots, sorted. */
  slots: TimeSlot[];
  /** IANA zone the times are written in. */
  timezone: string;
  /** BCP 47 locale of the times. */
  locale: string;
  /** 12- or 24-hour clock. */
  hourCycle: HourCycle;
  /** Right to left mirrors ArrowLeft/ArrowRight. */
  dir: TextDirection;
  /**
   * Start of the slot chosen before (checked when the visitor comes back from the form).
   * @defaultValue none
   */
  chosenStart?: number;
  /** The visitor chose a time (Enter, Space or click). */
  onChoose: (slot: TimeSlot) => void;
  /**
   * Move focus to the time in the tab order when mounted (e.g. back from the form).
   * @defaultValue false
   */
  autoFocus?: boolean;
  /** The strings it shows. */
  messages: Pick<BrowseMessages, 'slotsLabel'>;
}

/**
 * The day's times as a radio group with a roving tabindex. Arrows move focus without choosing:
 * choosing a time opens the booking form, so selection following focus (the APG default) would
 * leave the list on the first arrow press. Enter, Space or a click choose.
 */
export function SlotList({ date, today, slots, timezone, locale, hourCycle, dir, chosenStart, onChoose, autoFocus, messages }: SlotListProps) {
  const baseId = useId();
  const dateId = `${baseId}-date`;
  const zoneId = `${baseId}-zone`;
  const relativeDay = today === undefined ? undefined : formatRelativeDay(date, today, locale);
  const groupRef = useRef<HTMLDivElement>(null);
  const [focusedStart, setFocusedStart] = useState<number>();
  const starts = slots.map((slot) => slot.start);
  const rovingStart = [focusedStart, chosenStart, starts[0]].find((start) => start !== undefined && starts.includes(start));

  // Two equal labels in a day (a DST fall-back repeats 1:30 AM) each get the zone's short name
  // ('1:30 AM EDT', '1:30 AM EST'), so no two times look or are named alike.
  const plain = slots.map((slot) => formatTime(slot.start, { timezone, locale, hourCycle }));
  const repeated = new Set(plain.filter((label, index) => plain.indexOf(label) !== index));
  const labels = slots.map((slot, index) =>
    repeated.has(plain[index] ?? '') ? formatTime(slot.start, { timezone, locale, hourCycle, timeZoneName: 'short' }) : plain[index],
  );

  // Read once: focus moves here on mount only, later renders must not steal it back.
  const focusOnMount = useRef(autoFocus);
  useEffect(() => {
    if (focusOnMount.current) groupRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = rovingStart === undefined ? 0 : starts.indexOf(rovingStart);
    const forward = dir === 'rtl' ? -1 : 1;
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = index + 1;
    else if (event.key === 'ArrowUp') next = index - 1;
    else if (event.key === 'ArrowRight') next = index + forward;
    else if (event.key === 'ArrowLeft') next = index - forward;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = starts.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    const start = starts[(next + starts.length) % starts.length];
    if (start === undefined) return;
    setFocusedStart(start);
    groupRef.current?.querySelector<HTMLElement>(`[data-start="${start}"]`)?.focus();
  };

  return (
    <div className="ms-slots">
      <h3 className="ms-slots__heading">
        {/* The comma is for the heading's spoken name only: on screen the word sits on its own line. */}
        {relativeDay && (
          <>
            <span className="ms-slots__relative">
              {relativeDay}
              <span className="ms-visually-hidden">,</span>
            </span>{' '}
          </>
        )}
        <span id={dateId}>{messages.slotsLabel(date, locale)}</span>
      </h3>
      {/* The zone describes the group: a time's name alone does not say where it is that time. */}
      <p id={zoneId} className="ms-visually-hidden">
        {slots[0] && formatTimeZoneName(timezone, locale, slots[0].start)}
      </p>
      <div ref={groupRef} role="radiogroup" aria-labelledby={dateId} aria-describedby={zoneId} className="ms-slots__list">
        {slots.map((slot, index) => {
          const checked = slot.start === chosenStart;
          return (
            <button
              key={`${slot.start}-${slot.end}`}
              type="button"
              role="radio"
              className="ms-slots__slot"
              aria-checked={checked}
              data-selected={checked || undefined}
              data-start={slot.start}
              tabIndex={slot.start === rovingStart ? 0 : -1}
              onFocus={() => setFocusedStart(slot.start)}
              onClick={() => onChoose(slot)}
              onKeyDown={onKeyDown}
            >
              {labels[index]}
            </button>
          );
        })}
      </div>
    </div>
  );
}
