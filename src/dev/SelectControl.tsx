import { useId } from 'react';

/** Props of a labelled select over a fixed set of values. */
export interface SelectControlProps<T extends string> {
  label: string;
  value: T;
  /** The values in display order. */
  options: readonly T[];
  /** Human text of each value. */
  labels: Readonly<Record<T, string>>;
  onChange: (value: T) => void;
}

/** A native select with a visible label: the most robust control for keyboard and screen readers. */
export function SelectControl<T extends string>({ label, value, options, labels, onChange }: SelectControlProps<T>) {
  const id = useId();
  return (
    <div className="dev-control">
      <label htmlFor={id} className="dev-label">
        {label}
      </label>
      <select
        id={id}
        className="dev-select"
        value={value}
        onChange={(event) => {
          const next = options.find((option) => option === event.target.value);
          if (next !== undefined) onChange(next);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
