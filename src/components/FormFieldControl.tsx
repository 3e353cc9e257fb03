import type { FormField } from '../api/types';
import { formFieldAutocomplete } from '../booking/formFieldAutocomplete';
import { formFieldKind } from '../booking/formFieldKind';
import { visibleOptions } from '../booking/visibleOptions';
import type { BookingMessages } from '../i18n/bookingMessages';
import { FormFieldCheckbox } from './FormFieldCheckbox';
import { FormFieldChoices } from './FormFieldChoices';
import { FormFieldSelect } from './FormFieldSelect';
import { FormFieldText } from './FormFieldText';

/** Props of {@link FormFieldControl}. */
export interface FormFieldControlProps {
  /** The control's id (the fieldset's for groups). */
  id: string;
  /** The question as the link defines it. */
  field: FormField;
  /** The field's value: text, ticked options, or yes/no. */
  value: string | string[] | boolean | undefined;
  /** Called with the new value. */
  onChange: (value: string | string[] | boolean) => void;
  /** The message to show; none when valid. */
  error?: string;
  /** The host locked this field's prefilled value. */
  locked: boolean;
  /** UI strings. */
  messages: BookingMessages;
}

/** One custom question of the link, rendered by its field type. */
export function FormFieldControl({ id, field, value, onChange, error, locked, messages }: FormFieldControlProps) {
  const label = field.label || field.name;
  const hint = locked ? messages.lockedHint : undefined;
  const common = { id, label, required: field.isRequired, requiredMarker: messages.requiredMarker, error, hint };
  const text = typeof value === 'string' ? value : '';
  const kind = formFieldKind(field);
  switch (kind) {
    case 'boolean':
      return (
        <FormFieldCheckbox
          id={id}
          label={label}
          checked={value === true}
          onChange={onChange}
          required={field.isRequired}
          requiredMarker={messages.requiredMarker}
          error={error}
          disabled={locked}
        />
      );
    case 'select':
      return (
        <FormFieldSelect
          {...common}
          options={visibleOptions(field)}
          value={text}
          onChange={onChange}
          placeholder={messages.selectPlaceholder}
          disabled={locked}
          autoComplete={formFieldAutocomplete(field)}
        />
      );
    case 'radio':
    case 'checkboxes':
      return (
        <FormFieldChoices
          {...common}
          multiple={kind === 'checkboxes'}
          options={visibleOptions(field)}
          value={Array.isArray(value) ? value : text}
          onChange={onChange}
          disabled={locked}
        />
      );
    default:
      return (
        <FormFieldText {...common} type={kind} value={text} onChange={onChange} readOnly={locked} autoComplete={formFieldAutocomplete(field)} />
      );
  }
}
