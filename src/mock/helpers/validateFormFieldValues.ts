import type { WireFormFieldValue } from '../../api/wireTypes';
import type { FakeFormFieldDefinition } from '../FakeLinkDefinition';
import type { FakeFieldError } from './hubspotErrors';

const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE = /^(\d{4}-\d{2}-\d{2}|\d+)$/;

/**
 * Checks custom answers like HubSpot's form submission does: required questions answered (a
 * required yes/no box ticked), choices among the options, numbers and dates well formed. Answers
 * to questions the link does not ask are ignored, as HubSpot drops them.
 */
export function validateFormFieldValues(
  fields: readonly FakeFormFieldDefinition[],
  values: readonly WireFormFieldValue[],
): FakeFieldError[] {
  const errors: FakeFieldError[] = [];
  const byName = new Map(values.map((value) => [value.name, String(value.value ?? '').trim()]));
  for (const field of fields) {
    const where = `formFields.${field.name}`;
    const value = byName.get(field.name) ?? '';
    const options = field.options ?? [];
    const isYesNo = field.fieldType === 'booleancheckbox' || (field.fieldType === 'checkbox' && options.length === 0);
    if (field.isRequired && (value === '' || (isYesNo && value !== 'true'))) {
      errors.push({ in: where, code: 'REQUIRED', message: `${field.label} is required.` });
      continue;
    }
    if (value === '') continue;
    if (isYesNo && value !== 'true' && value !== 'false') {
      errors.push({ in: where, code: 'INVALID_BOOLEAN', message: `${field.label} must be true or false.` });
    } else if (['select', 'radio', 'checkbox'].includes(field.fieldType) && options.length > 0) {
      const allowed = new Set(options.map((option) => option.value));
      const parts = field.fieldType === 'checkbox' ? value.split(';') : [value];
      if (parts.some((part) => !allowed.has(part))) {
        errors.push({ in: where, code: 'INVALID_OPTION', message: `${field.label} has a value that is not an option.` });
      }
    } else if (field.fieldType === 'number' && !NUMBER.test(value)) {
      errors.push({ in: where, code: 'INVALID_NUMBER', message: `${field.label} must be a number.` });
    } else if (field.fieldType === 'date' && !DATE.test(value)) {
      errors.push({ in: where, code: 'INVALID_DATE', message: `${field.label} must be a date (YYYY-MM-DD).` });
    }
  }
  return errors;
}
