import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatTime } from '../i18n/formatters/formatTime';
import { formatTimeZoneCity } from '../i18n/formatters/formatTimeZoneCity';
import { formatTimeZoneName } from '../i18n/formatters/formatTimeZoneName';
import { useClockTick } from '../hooks/useClockTick';
import { formatUtcOffset } from '../scheduling/formatUtcOffset';
import { filterZoneIds } from '../scheduling/filterZoneIds';
import { importZoneSearch } from '../scheduling/importZoneSearch';
import { intlTimeZones } from '../scheduling/intlTimeZones';
import { resolveTimeZone } from '../scheduling/resolveTimeZone';
import type { ZonePickerSearch } from '../scheduling/zoneSearch';
import type { BrowseMessages } from '../i18n/browseMessages';
import { Icon } from './Icon';

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
  /**
   * 12- or 24-hour clock of the current times shown beside each zone.
   * @defaultValue `'h12'`
   */
  hourCycle?: 'h12' | 'h23';
  /** The strings it shows. */
  messages: Pick<BrowseMessages, 'timeZoneLabel' | 'timeZoneOption' | 'timeZoneNoMatches' | 'timeZoneMatches' | 'timeZoneSuggested' | 'timeZoneButton'>;
}

// The full search and its country table load with the first opening of any picker, then are
// shared; until then (or if they cannot load) typing filters by the zones' ids.
let searchLoad: Promise<ZonePickerSearch> | undefined;
function loadSearch(): Promise<ZonePickerSearch> {
  searchLoad ??= importZoneSearch().catch((error: unknown) => {
    searchLoad = undefined; // the next opening tries again
    throw error;
  });
  return searchLoad;
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
export function TimeZonePicker({ value, now, onChange, locale, hourCycle, messages }: TimeZonePickerProps) {
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  // What the status region says: the highlighted option after an arrow key, else the count.
  const [spoken, setSpoken] = useState<'count' | 'option'>('count');
  // Offsets change with DST, not by the second: one instant per hour keeps the memo useful.
  const tick = useClockTick(undefined, now === undefined);
  const clock = now ?? tick;
  const at = Math.floor(clock / HOUR) * HOUR;
  const [loaded, setLoaded] = useState<ZonePickerSearch>();
  const search = loaded?.search;
  // The current zone and the system's come first; the rest stay grouped by region (A–Z). Built on
  // opening: listing Intl's 400-odd zones costs a few ms the first paint has better use for. An
  // engine that cannot list them (Safari < 15.4) gets a short list with the search's chunk.
  const listZones = loaded?.listZones;
  const { zones, suggested } = useMemo(() => {
    // The system's zone by its current name, as the list has it (Asia/Calcutta is Asia/Kolkata).
    const first = [...new Set([value, resolveTimeZone()])];
    const all = open ? (intlTimeZones() ?? listZones?.() ?? []) : [];
    return { zones: [...first, ...all.filter((zone) => !first.includes(zone))], suggested: first.length };
  }, [value, open, listZones]);
  const matches = useMemo(
    () => (!open ? [] : query.trim() === '' ? zones : search ? search(query, zones, at, locale) : filterZoneIds(query, zones)),
    [open, query, zones, at, locale, search],
  );
  const label = (zone: string) =>
    messages.timeZoneOption(zone, formatUtcOffset(zone, at), { zone: formatTimeZoneName(zone, locale, at), city: formatTimeZoneCity(zone) });
  const timeIn = (zone: string) => formatTime(clock, { timezone: zone, locale, hourCycle: hourCycle ?? 'h12' });
  // Closed, the box names the zone as people say it and the time there now ("Eastern Time (9:00 AM)"):
  // short enough for the time column; the list adds cities and offsets to tell zones apart.
  const current = messages.timeZoneButton(formatTimeZoneName(value, locale, at), timeIn(value));
  const expanded = open && matches.length > 0;
  const optionId = (index: number) => `${listId}-${index}`;
  const activeZone = expanded ? matches[active] : undefined;
  const status = !open
    ? ''
    : spoken === 'option' && activeZone !== undefined
      ? label(activeZone)
      : matches.length > 0
        ? messages.timeZoneMatches(matches.length)
        : messages.timeZoneNoMatches;

  useEffect(() => {
    if (!expanded || active < 0) return;
    const option = listRef.current?.children[active];
    // jsdom and old engines have no scrollIntoView.
    option?.scrollIntoView?.({ block: 'nearest' });
  });

  const fetchSearch = () => {
    void loadSearch()
      .then(setLoaded)
      .catch(() => {
        // Without the full search, typing still filters by the zones' ids.
      });
  };
  const openList = () => {
    fetchSearch();
    setOpen(true);
    setQuery('');
    setActive(zones.indexOf(value));
    setSpoken('count');
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
        else if (!event.altKey) {
          setActive((index) => Math.min(index + 1, matches.length - 1));
          setSpoken('option');
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) openList();
        else {
          setActive((index) => Math.max(index - 1, 0));
          setSpoken('option');
        }
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
          value={open ? query : current}
          onFocus={(event) => event.currentTarget.select()}
          // Opens on click too, like a select: the visitor should not have to know to type.
          onClick={() => {
            if (!open) openList();
          }}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            // Typing opens the list too, without a click first.
            if (!open) fetchSearch();
            setOpen(true);
            setActive(-1);
            setSpoken('count');
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
          <Icon name="chevronDown" />
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
              // Combobox pattern: options are never focused; the text box handles their keys.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={zone}
                id={optionId(index)}
                role="option"
                className="ms-timezone__option"
                aria-selected={index === active}
                data-focused={index === active || undefined}
                data-selected={zone === value || undefined}
                // Region headings and the time there now, drawn by CSS: the option's name stays
                // the zone's label, which is what the box shows once it is chosen.
                data-group={query.trim() === '' ? (index === 0 ? messages.timeZoneSuggested : groupHeading(matches, index, suggested)) : undefined}
                data-time={timeIn(zone)}
                onClick={() => choose(zone)}
              >
                {label(zone)}
              </li>
            ))}
          </ul>
        )}
        {open && matches.length === 0 && <p className="ms-timezone__empty">{messages.timeZoneNoMatches}</p>}
      </div>
      {/* VoiceOver does not reliably read aria-activedescendant changes: like React Aria's
          useComboBox, a polite status says the highlighted option, and the number of matches
          when the list opens or the search changes. */}
      <p className="ms-visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}

/** The region heading an unfiltered list shows above `index`, if a new region starts there. */
function groupHeading(zones: string[], index: number, suggested: number): string | undefined {
  if (index < suggested) return undefined;
  const region = (zone: string | undefined) => (zone?.includes('/') ? zone.slice(0, zone.indexOf('/')) : 'UTC');
  const zone = zones[index];
  return index === suggested || region(zone) !== region(zones[index - 1]) ? region(zone) : undefined;
}
