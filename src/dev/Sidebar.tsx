import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { filterGalleryEntries } from './filterGalleryEntries';
import { formatGalleryHash } from './formatGalleryHash';
import type { GalleryEntry } from './GalleryEntry';
import type { GalleryState } from './GalleryState';

/** Props of the scenario sidebar. */
export interface SidebarProps {
  /** Every scenario and failure variant, already grouped and ordered (see buildGalleryEntries). */
  entries: readonly GalleryEntry[];
  /** The current state: marks the current entry and keeps the controls in each link. */
  state: GalleryState;
}

/**
 * The scenario list: a filter box and one link per scenario. Real links (not buttons) so a
 * scenario can be opened in a new tab or copied, and Back returns to the previous one. The
 * current link carries `aria-current="page"`, which screen readers announce as "current page".
 */
export function Sidebar({ entries, state }: SidebarProps) {
  const [query, setQuery] = useState('');
  const filterId = useId();
  const visible = useMemo(() => filterGalleryEntries(entries, query), [entries, query]);
  const groups = useMemo(() => groupEntries(visible), [visible]);

  return (
    <nav className="dev-sidebar" aria-label="Scenarios">
      <div className="dev-sidebar__filter">
        <label htmlFor={filterId} className="dev-label">
          Filter scenarios
        </label>
        <input
          id={filterId}
          className="dev-input"
          type="search"
          value={query}
          placeholder="e.g. consent, offline"
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={moveFocusWithArrows}
        />
        {/* A polite count so screen-reader users learn what the filter left without leaving the box. */}
        <p className="dev-visually-hidden" aria-live="polite">
          {query ? `${visible.length} of ${entries.length} scenarios shown` : ''}
        </p>
      </div>
      {groups.length === 0 ? (
        <p className="dev-sidebar__empty">No scenario matches “{query}”.</p>
      ) : (
        groups.map(([group, groupEntries], index) => (
          <div key={group} className="dev-sidebar__group">
            <h2 className="dev-sidebar__heading" id={`${filterId}-group-${index}`}>
              {group}
            </h2>
            <ul className="dev-sidebar__list" aria-labelledby={`${filterId}-group-${index}`}>
              {groupEntries.map((entry) => (
                <li key={entry.id}>
                  <a
                    className="dev-sidebar__link"
                    href={formatGalleryHash({ ...state, scenario: entry.id })}
                    aria-current={entry.id === state.scenario ? 'page' : undefined}
                    onKeyDown={moveFocusWithArrows}
                    data-kind={entry.kind}
                  >
                    {entry.title}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </nav>
  );
}

function groupEntries(entries: readonly GalleryEntry[]): [string, GalleryEntry[]][] {
  const groups = new Map<string, GalleryEntry[]>();
  for (const entry of entries) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
  return [...groups];
}

/**
 * Up/Down move between the filter box and the links, so a long list is walked without Tab-ing
 * through everything else; Tab still works as usual.
 */
function moveFocusWithArrows(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  // The handler sits on each stop (the filter box and the links), not on the non-interactive nav.
  const nav = event.currentTarget.closest('nav');
  if (!nav) return;
  const stops = [...nav.querySelectorAll<HTMLElement>('input, a[href]')];
  const index = stops.indexOf(document.activeElement as HTMLElement);
  if (index < 0) return;
  const next = stops[event.key === 'ArrowDown' ? Math.min(index + 1, stops.length - 1) : Math.max(index - 1, 0)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}
