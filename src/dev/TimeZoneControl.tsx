import { useId, useState, type FormEvent } from 'react';
import { commonTimeZones } from './commonTimeZones';

/** Props of the visitor time zone control. */
export interface TimeZoneControlProps {
  /** The chosen zone; `undefined` = the browser's. */
  value: string | undefined;
  onChange: (zone: string | undefined) => void;
  /** Every IANA zone the browser knows, offered as suggestions for "Other…". */
  allZones: readonly string[];
  isValidTimeZone: (zone: string) => boolean;
}

const BROWSER = '';
const OTHER = '__other__';

/**
 * A select of common zones (plus the current one when it is not common) and an "Other…" choice
 * that opens a text box for any IANA zone, checked before it is applied so a typo never reaches
 * the widget.
 */
export function TimeZoneControl({ value, onChange, allZones, isValidTimeZone }: TimeZoneControlProps) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const options = value === undefined || commonTimeZones.includes(value) ? commonTimeZones : [value, ...commonTimeZones];

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const zone = draft.trim();
    if (!isValidTimeZone(zone)) {
      setError(`“${zone}” is not an IANA time zone (e.g. Europe/Paris).`);
      return;
    }
    setError(undefined);
    setEditing(false);
    onChange(zone);
  };

  return (
    <div className="dev-control dev-control--wide">
      <label htmlFor={id} className="dev-label">
        Visitor time zone
      </label>
      <select
        id={id}
        className="dev-select"
        value={editing ? OTHER : (value ?? BROWSER)}
        onChange={(event) => {
          const next = event.target.value;
          if (next === OTHER) {
            setDraft(value ?? '');
            setEditing(true);
            return;
          }
          setEditing(false);
          setError(undefined);
          onChange(next === BROWSER ? undefined : next);
        }}
      >
        <option value={BROWSER}>Browser ({browserZone})</option>
        {options.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
        <option value={OTHER}>Other…</option>
      </select>
      {editing && (
        // A form so Enter applies the zone from the text box, as users expect.
        <form className="dev-control__other" onSubmit={apply}>
          <label htmlFor={`${id}-other`} className="dev-visually-hidden">
            Any IANA time zone
          </label>
          <input
            id={`${id}-other`}
            className="dev-input"
            list={`${id}-zones`}
            value={draft}
            placeholder="Region/City"
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setDraft(event.target.value)}
            // Opened by the visitor choosing "Other…": focus goes where they asked to type.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
          />
          <datalist id={`${id}-zones`}>
            {allZones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <button type="submit" className="dev-button">
            Apply
          </button>
          {error && (
            <p id={`${id}-error`} className="dev-control__error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
