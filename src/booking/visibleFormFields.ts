import type { BookingInfo, FormField } from '../api/types';

// The form always has its own first name, last name and email inputs; some links list them again
// among formFields, and showing them twice would confuse visitors and duplicate values.
const BUILT_IN_NAMES = new Set(['firstname', 'lastname', 'email']);

/** The custom questions the form shows, in the link's order, without the built-in fields. */
export function visibleFormFields(info: BookingInfo): FormField[] {
  return info.formFields.filter((field) => field.name !== '' && !BUILT_IN_NAMES.has(field.name.toLowerCase()));
}
