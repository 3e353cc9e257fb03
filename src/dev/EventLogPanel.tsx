import { useId } from 'react';
import type { EventLogEntry } from './EventLogEntry';

/** Props of the event log panel. */
export interface EventLogPanelProps {
  /** Newest first. */
  entries: readonly EventLogEntry[];
  onClear: () => void;
}

/** Payloads shorter than this are shown in full; longer ones fold into a disclosure. */
const INLINE_LIMIT = 90;

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
  hour12: false,
});

/**
 * Every callback the widget fired, newest first, with its JSON payload. Deliberately not a live
 * region: announcing each event would talk over the widget's own announcements, which are what
 * the gallery is there to show.
 */
export function EventLogPanel({ entries, onClear }: EventLogPanelProps) {
  const headingId = useId();
  return (
    <aside className="dev-log" aria-labelledby={headingId}>
      <div className="dev-log__header">
        <h2 id={headingId} className="dev-log__title">
          Event log
        </h2>
        <span className="dev-log__count">
          {entries.length} {entries.length === 1 ? 'event' : 'events'}
        </span>
        <button type="button" className="dev-button" onClick={onClear} disabled={entries.length === 0}>
          Clear
        </button>
      </div>
      {entries.length === 0 ? (
        <p className="dev-log__empty">Callbacks appear here as the widget fires them.</p>
      ) : (
        <ol className="dev-log__list">
          {entries.map((entry) => (
            <EventLogItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </aside>
  );
}

function EventLogItem({ entry }: { entry: EventLogEntry }) {
  const oneLine = JSON.stringify(entry.payload) ?? 'undefined';
  return (
    <li className="dev-log__item" data-event={entry.name}>
      <div className="dev-log__meta">
        <code className="dev-log__name">{entry.name}</code>
        <time className="dev-log__time" dateTime={new Date(entry.at).toISOString()}>
          {timeFormat.format(entry.at)}
        </time>
      </div>
      {oneLine.length <= INLINE_LIMIT ? (
        <pre className="dev-log__payload">{oneLine}</pre>
      ) : (
        <details className="dev-log__details">
          <summary className="dev-log__summary">{`${oneLine.slice(0, INLINE_LIMIT - 1)}…`}</summary>
          <pre className="dev-log__payload">{JSON.stringify(entry.payload, null, 2)}</pre>
        </details>
      )}
    </li>
  );
}
