import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TimeSlot } from '../api/types';
import { formatTime } from '../i18n/formatters/formatTime';
import type { BrowseMessages } from '../i18n/browseMessages';
import type { HourCycle } from '../model/HourCycle';
import type { TextDirection } from './helpers/textDirection';

/** Props of {@link SlotList}. */
export interface SlotListProps {
  /** The selected day, `yyyy-MM-dd` in `timezone`: names the group. */
  date: string;
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
export function SlotList({ date, slots, timezone, locale, hourCycle, dir, chosenStart, onChoose, autoFocus, messages }: SlotListProps) {
  const headingId = useId();
  const groupRef = useRef<HTMLDivElement>(null);
  const [focusedStart, setFocusedStart] = useState<number>();
  const starts = slots.map((slot) => slot.start);
  const rovingStart = [focusedStart, chosenStart, starts[0]].find((start) => start !== undefined && starts.includes(start));

  // Read once: focus moves here on mount only, later renders must not steal it back.
  const focusOnMount = useRef(autoFocus);
  useEffect(() => {
    if (focusOnMount.current) groupRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
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
      <h3 id={headingId} className="ms-slots__heading">
        {messages.slotsLabel(date, locale)}
      </h3>
      <div ref={groupRef} role="radiogroup" aria-labelledby={headingId} className="ms-slots__list" onKeyDown={onKeyDown}>
        {slots.map((slot) => {
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
            >
              {formatTime(slot.start, { timezone, locale, hourCycle })}
            </button>
          );
        })}
      </div>
    </div>
  );
}
