import type { FormField, FormFieldOption } from '../api/types';

/** The options a visitor can pick, hidden ones left out, in `displayOrder`. */
export function visibleOptions(field: FormField): FormFieldOption[] {
  return field.options
    .filter((option) => !option.hidden)
    .map((option, index) => ({ option, index }))
    // Stable on ties: the link's own order decides between equal displayOrder values.
    .sort((a, b) => a.option.displayOrder - b.option.displayOrder || a.index - b.index)
    .map(({ option }) => option);
}
