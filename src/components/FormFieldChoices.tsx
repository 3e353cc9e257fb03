import type { FormFieldOption } from '../api/types';
import { describedBy } from '../booking/describedBy';
import { FormFieldError } from './FormFieldError';
import { FormFieldHint } from './FormFieldHint';
import { FormFieldLabelText } from './FormFieldLabelText';

/** Props of {@link FormFieldChoices}. */
export interface FormFieldChoicesProps {
  /** The fieldset's id; option ids are `${id}-${index}`. */
  id: string;
  /** The visible label. */
  label: string;
  /** One answer (radio buttons) or several (checkboxes). */
  multiple: boolean;
  /** The visible options, in display order. */
  options: FormFieldOption[];
  /** The current value. */
  value: string | string[];
  /** Called with the new value. */
  onChange: (value: string | string[]) => void;
  /** The visitor must answer. */
  required: boolean;
  /** Shown after a required label, e.g. '(required)'. */
  requiredMarker: string;
  /** The message to show; none when valid. */
  error?: string;
  /** Help text under the label. */
  hint?: string;
  /** A locked prefill: shown, not changeable. */
  disabled?: boolean;
}

/**
 * Radio buttons or checkboxes in a fieldset whose legend is the question, so each option is read
 * with it. Native inputs sharing a `name` give the arrow-key behaviour of a radio group for free.
 * The error is tied to every option, since a fieldset cannot carry `aria-invalid`.
 */
export function FormFieldChoices(props: FormFieldChoicesProps) {
  const { id, label, multiple, options, value, onChange, required, requiredMarker, error, hint, disabled } = props;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const selected = Array.isArray(value) ? value : value ? [value] : [];
  const toggle = (optionValue: string, checked: boolean) => {
    if (!multiple) {
      onChange(optionValue);
      return;
    }
    // Keep the link's option order in the sent value, whatever order they were ticked in.
    const next = new Set(selected);
    if (checked) next.add(optionValue);
    else next.delete(optionValue);
    onChange(options.map((option) => option.value).filter((candidate) => next.has(candidate)));
  };
  return (
    <fieldset
      id={id}
      className="ms-form-field ms-form-field--choices"
      disabled={disabled}
      aria-describedby={describedBy(hint && hintId, error && errorId)}
      data-invalid={error ? '' : undefined}
    >
      <legend className="ms-form-field__label">
        <FormFieldLabelText label={label} required={required} requiredMarker={requiredMarker} />
      </legend>
      <FormFieldHint id={hintId} hint={hint} />
      {options.map((option, index) => {
        const optionId = `${id}-${index}`;
        const descriptionId = `${optionId}-description`;
        return (
          <div key={`${index}-${option.value}`} className="ms-form-choice">
            <input
              id={optionId}
              className="ms-form-choice__input"
              type={multiple ? 'checkbox' : 'radio'}
              name={id}
              value={option.value}
              checked={selected.includes(option.value)}
              // A radio group is required as a whole: the attribute on each radio is how HTML says it.
              required={required && !multiple}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(option.description && descriptionId, error && errorId)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label className="ms-form-choice__label" htmlFor={optionId}>
              {option.label}
            </label>
            {option.description && (
              <p id={descriptionId} className="ms-form-choice__description">
                {option.description}
              </p>
            )}
          </div>
        );
      })}
      <FormFieldError id={errorId} message={error} />
    </fieldset>
  );
}
