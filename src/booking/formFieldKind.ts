import type { FormField } from '../api/types';
import { visibleOptions } from './visibleOptions';

/** How a custom field is entered, which decides both its control and its value's shape. */
export type FormFieldKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'tel'
  | 'select'
  | 'radio'
  | 'checkboxes'
  | 'boolean';

/**
 * The kind of control for a field. A checkbox field with options is a group of checkboxes (several
 * values); one without options is a single yes/no box. Unknown types fall back to a text input so
 * a new HubSpot field type never hides a question.
 */
export function formFieldKind(field: FormField): FormFieldKind {
  switch (field.fieldType) {
    case 'textarea':
      return 'textarea';
    case 'number':
      return 'number';
    case 'date':
      return 'date';
    case 'phonenumber':
      return 'tel';
    case 'select':
      return visibleOptions(field).length > 0 ? 'select' : 'text';
    case 'radio':
      return visibleOptions(field).length > 0 ? 'radio' : 'text';
    case 'checkbox':
      return visibleOptions(field).length > 0 ? 'checkboxes' : 'boolean';
    case 'booleancheckbox':
      return 'boolean';
    default:
      return 'text';
  }
}
