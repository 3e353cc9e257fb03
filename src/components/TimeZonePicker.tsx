import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useClockTick } from '../hooks/useClockTick';
import { formatUtcOffset } from '../scheduling/formatUtcOffset';
import { listTimeZones } from '../scheduling/listTimeZones';
import { searchTimeZones } from '../scheduling/searchTimeZones';
import type { BrowseMessages } from '../i18n/browseMessages';

/** Props of {@link TimeZonePicker}. */
export interface TimeZonePickerProps {
  /** The IANA zone times are shown in. */
  value: string;
  /** The visitor picked another zone. */
  onChange: (timezone: string) => void;
  /**
   * The time (epoch ms) offsets are shown for: pass the flow's minute tick.
   * @defaultValue a minute tick of the picker's own
   */
  now?: number;
  /** Locale for matching zone names typed in the visitor's language. */
  locale: string;
  /** The strings it shows. */
  messages: Pick<BrowseMessages, 'timeZoneLabel' | 'timeZoneOption' | 'timeZoneNoMatches' | 'timeZoneMatches'>;
}

const HOUR = 3_600_000;

/**
 * A searchable choice among every IANA zone, following the WAI-ARIA editable combobox with list
 * autocomplete: typing filters (by city, region, offset or abbreviation), arrows move through the
 * matches (`aria-activedescendant`, so focus stays in the text box and typing goes on), Enter
 * picks the highlighted match or else the first one, Escape restores the current zone. Chosen
 * over a native select because a select cannot be searched by words such as "york" or "+5:30"
 * and scrolling 400+ zones is slow for everyone; the count of matches is announced politely.
 */
export function TimeZonePicker({ value, now, onChange, locale, messages }: TimeZonePickerProps) {
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  // Offsets change with DST, not by the second: one instant per hour keeps the memo useful.
  const tick = useClockTick(undefined, now === undefined);
  const at = Math.floor((now ?? tick) / HOUR) * HOUR;
  const zones = useMemo(() => {
    const all = listTimeZones();
    return all.includes(value) ? all : [value, ...all];
  }, [value]);
  const matches = useMemo(
    () => (!open ? [] : query.trim() === '' ? zones : searchTimeZones(query, zones, at, locale)),
    [open, query, zones, at, locale],
  );
  const label = (zone: string) => messages.timeZoneOption(zone, formatUtcOffset(zone, at));
  const expanded = open && matches.length > 0;
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    if (!expanded || active < 0) return;
    const option = listRef.current?.children[active];
    // jsdom and old engines have no scrollIntoView.
    option?.scrollIntoView?.({ block: 'nearest' });
  });

  const openList = () => {
    setOpen(true);
    setQuery('');
    setActive(zones.indexOf(value));
  };
  const close = () => {
    setOpen(false);
    setQuery('');
    setActive(-1);
  };
  const choose = (zone: string | undefined) => {
    close();
    if (zone !== undefined && zone !== value) onChange(zone);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) openList();
        else if (!event.altKey) setActive((index) => Math.min(index + 1, matches.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) openList();
        else setActive((index) => Math.max(index - 1, 0));
        break;
      case 'Enter':
        if (!open) return;
        event.preventDefault();
        choose(matches[active] ?? (query.trim() ? matches[0] : undefined));
        break;
      case 'Escape':
        if (!open) return;
        event.preventDefault();
        close();
        break;
      case 'Tab':
        if (open) close();
        break;
      default:
    }
  };

  return (
    <div className="ms-timezone">
      <label className="ms-timezone__label" htmlFor={inputId}>
        {messages.timeZoneLabel}
      </label>
      <div className="ms-timezone__control" data-open={expanded || undefined}>
        <input
          ref={inputRef}
          id={inputId}
          className="ms-timezone__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          value={open ? query : label(value)}
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <button
          type="button"
          className="ms-timezone__toggle"
          // Out of the tab order as in the APG example: the text box already opens the list.
          tabIndex={-1}
          aria-label={messages.timeZoneLabel}
          aria-expanded={expanded}
          aria-controls={listId}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            inputRef.current?.focus();
            if (open) close();
            else openList();
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
        {expanded && (
          <ul
            ref={listRef}
            id={listId}
            role="listbox"
            aria-label={messages.timeZoneLabel}
            className="ms-timezone__list"
            // Keeps focus in the text box while an option is clicked.
            onMouseDown={(event) => event.preventDefault()}
          >
            {matches.map((zone, index) => (
              <li
                key={zone}
                id={optionId(index)}
                role="option"
                className="ms-timezone__option"
                aria-selected={index === active}
                data-focused={index === active || undefined}
                data-selected={zone === value || undefined}
                onClick={() => choose(zone)}
              >
                {label(zone)}
              </li>
            ))}
          </ul>
        )}
        {open && matches.length === 0 && <p className="ms-timezone__empty">{messages.timeZoneNoMatches}</p>}
      </div>
      <p className="ms-visually-hidden" role="status">
        {open && query.trim() !== '' ? (matches.length > 0 ? messages.timeZoneMatches(matches.length) : messages.timeZoneNoMatches) : ''}
      </p>
    </div>
  );
}
