import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { BrowseMessages } from '../i18n/browseMessages';
import type { TextDirection } from './helpers/textDirection';

/** Props of {@link DurationTabs}. */
export interface DurationTabsProps {
  /** Meeting lengths in ms, in the organizer's order. */
  durations: number[];
  /** The selected length, ms. */
  selected: number;
  /** The visitor picked another length. */
  onSelect: (duration: number) => void;
  /** The strings it shows. */
  messages: Pick<BrowseMessages, 'durationLabel' | 'durationTabsLabel' | 'singleDurationLabel'>;
  /** Right to left mirrors ArrowLeft/ArrowRight. */
  dir: TextDirection;
  /** The panel: calendar and times for the selected duration. */
  children: ReactNode;
}

/**
 * WAI-ARIA tabs for the meeting length, with automatic activation: the panel needs no request to
 * switch (every duration's slots come in the same page), so arrows select as they move. A single
 * length is written out instead: a tab list of one tab is noise for screen reader users.
 */
export function DurationTabs({ durations, selected, onSelect, messages, dir, children }: DurationTabsProps) {
  const baseId = useId();
  const tabRefs = useRef(new Map<number, HTMLButtonElement>());
  const tabId = (duration: number) => `${baseId}-tab-${duration}`;
  const panelId = `${baseId}-panel`;

  if (durations.length <= 1) {
    return (
      <div className="ms-panel" id={panelId}>
        {durations[0] !== undefined && <p className="ms-durations__single">{messages.singleDurationLabel(durations[0])}</p>}
        {children}
      </div>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = durations.indexOf(selected);
    const forward = dir === 'rtl' ? -1 : 1;
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = index + forward;
    else if (event.key === 'ArrowLeft') next = index - forward;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = durations.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    const duration = durations[(next + durations.length) % durations.length];
    if (duration === undefined) return;
    if (duration !== selected) onSelect(duration);
    tabRefs.current.get(duration)?.focus();
  };

  return (
    <div className="ms-durations">
      <div role="tablist" aria-label={messages.durationTabsLabel} className="ms-durations__list">
        {durations.map((duration) => {
          const isSelected = duration === selected;
          return (
            <button
              key={duration}
              ref={(element) => {
                if (element) tabRefs.current.set(duration, element);
                else tabRefs.current.delete(duration);
              }}
              type="button"
              role="tab"
              id={tabId(duration)}
              className="ms-durations__tab"
              aria-selected={isSelected}
              aria-controls={panelId}
              data-selected={isSelected || undefined}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => {
                if (!isSelected) onSelect(duration);
              }}
              onKeyDown={onKeyDown}
            >
              {/* Isolated: '30 min' in an RTL widget would otherwise read 'min 30'. */}
              <bdi>{messages.durationLabel(duration)}</bdi>
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(selected)} className="ms-panel">
        {children}
      </div>
    </div>
  );
}
