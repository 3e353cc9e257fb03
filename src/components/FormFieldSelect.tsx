import type { FormFieldOption } from '../api/types';
import { describedBy } from '../booking/describedBy';
import { FormFieldError } from './FormFieldError';
import { FormFieldHint } from './FormFieldHint';
import { FormFieldLabelText } from './FormFieldLabelText';

/** Props of {@link FormFieldSelect}. */
export interface FormFieldSelectProps {
  /** The select's id; error and hint ids derive from it. */
  id: string;
  /** The visible label. */
  label: string;
  /** The visible options, in display order. */
  options: FormFieldOption[];
  /** The current value. */
  value: string;
  /** Called with the new value. */
  onChange: (value: string) => void;
  /** The visitor must answer. */
  required: boolean;
  /** Shown after a required label, e.g. '(required)'. */
  requiredMarker: string;
  /** Text of the empty first option. */
  placeholder: string;
  /** The message to show; none when valid. */
  error?: string;
  /** Help text under the label. */
  hint?: string;
  /** A locked prefill: the choice is shown but cannot change. */
  disabled?: boolean;
  /**
   * The autofill token, e.g. `country-name`.
   * @defaultValue none
   */
  autoComplete?: string;
}

/** A labelled native select: the most robust listbox for keyboards, touch and screen readers. */
export function FormFieldSelect(props: FormFieldSelectProps) {
  const { id, label, options, value, onChange, required, requiredMarker, placeholder, error, hint, disabled, autoComplete } = props;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className="ms-form-field">
      <label className="ms-form-field__label" htmlFor={id}>
        <FormFieldLabelText label={label} required={required} requiredMarker={requiredMarker} />
      </label>
      <FormFieldHint id={hintId} hint={hint} />
      <select
        id={id}
        className="ms-form-field__control"
        value={value}
        required={required}
        disabled={disabled}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
        data-invalid={error ? '' : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((option, index) => (
          <option key={`${index}-${option.value}`} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FormFieldError id={errorId} message={error} />
    </div>
  );
}
