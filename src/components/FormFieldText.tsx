import { describedBy } from '../booking/describedBy';
import { FormFieldError } from './FormFieldError';
import { FormFieldHint } from './FormFieldHint';
import { FormFieldLabelText } from './FormFieldLabelText';

/** How a text-like field is typed in. */
export type FormFieldTextType = 'text' | 'email' | 'number' | 'date' | 'tel' | 'textarea';

/** Props of {@link FormFieldText}. */
export interface FormFieldTextProps {
  /** The control's id; the error and hint ids derive from it. */
  id: string;
  /** The visible label. */
  label: string;
  /** The kind of input. */
  type: FormFieldTextType;
  /** The current value. */
  value: string;
  /** Called with the new value. */
  onChange: (value: string) => void;
  /** The visitor must answer. */
  required: boolean;
  /** Shown after a required label, e.g. '(required)'. */
  requiredMarker: string;
  /** The message to show; none when valid. */
  error?: string;
  /** Help text under the label. */
  hint?: string;
  /** Read-only (a locked prefill): still focusable and read, not editable. */
  readOnly?: boolean;
  /** The autofill token, e.g. `given-name`. */
  autoComplete?: string;
}

/** A labelled single-line input or textarea with its hint and error tied to it. */
export function FormFieldText(props: FormFieldTextProps) {
  const { id, label, type, value, onChange, required, requiredMarker, error, hint, readOnly, autoComplete } = props;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const shared = {
    id,
    className: 'ms-form-field__control',
    value,
    required,
    readOnly,
    autoComplete,
    'aria-required': required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint && hintId, error && errorId),
    'data-invalid': error ? '' : undefined,
  } as const;
  return (
    <div className="ms-form-field" data-readonly={readOnly ? '' : undefined}>
      <label className="ms-form-field__label" htmlFor={id}>
        <FormFieldLabelText label={label} required={required} requiredMarker={requiredMarker} />
      </label>
      <FormFieldHint id={hintId} hint={hint} />
      {type === 'textarea' ? (
        <textarea {...shared} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...shared}
          // A native number input drops what it cannot parse ("ten" reads as ""), which would
          // lose typed text and hide the real problem; a decimal keypad over text keeps both.
          type={type === 'number' ? 'text' : type}
          inputMode={type === 'number' ? 'decimal' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      <FormFieldError id={errorId} message={error} />
    </div>
  );
}
