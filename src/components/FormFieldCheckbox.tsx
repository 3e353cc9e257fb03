import type { ReactNode } from 'react';
import { describedBy } from '../booking/describedBy';
import { FormFieldError } from './FormFieldError';

/** Props of {@link FormFieldCheckbox}. */
export interface FormFieldCheckboxProps {
  /** The checkbox's id; the error id derives from it. */
  id: string;
  /** The label: text, or sanitized consent HTML. */
  label: ReactNode;
  /** Whether the box is ticked. */
  checked: boolean;
  /** Called with the new state. */
  onChange: (checked: boolean) => void;
  /** The box must be ticked. */
  required: boolean;
  /** Shown after the label of a required box. */
  requiredMarker: string;
  /** The message to show; none when valid. */
  error?: string;
  /** A locked prefill: shown, not changeable. */
  disabled?: boolean;
}

/** A single yes/no checkbox (booleancheckbox fields and consents) with its error tied to it. */
export function FormFieldCheckbox({ id, label, checked, onChange, required, requiredMarker, error, disabled }: FormFieldCheckboxProps) {
  const errorId = `${id}-error`;
  return (
    <div className="ms-form-field ms-form-choice" data-invalid={error ? '' : undefined}>
      <input
        id={id}
        className="ms-form-choice__input"
        type="checkbox"
        checked={checked}
        required={required}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId)}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="ms-form-choice__label" htmlFor={id}>
        {label}
        {required && <span className="ms-form-field__required"> {requiredMarker}</span>}
      </label>
      <FormFieldError id={errorId} message={error} />
    </div>
  );
}
