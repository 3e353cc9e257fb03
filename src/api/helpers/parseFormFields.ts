import type { FormField } from '../types';
import { isRecord } from './isRecord';
import { readArray } from './readArray';
import { readBoolean } from './readBoolean';
import { readText } from './readText';
import { parseFormFieldOptions } from './parseFormFieldOptions';

/**
 * The custom form fields. A field needs a name (the book call sends values by name); the label
 * falls back to the name and the field type to `text`, lower-cased to match HubSpot's names.
 * Repeated names keep the first, because the form keys its values by name.
 */
export function parseFormFields(value: unknown): FormField[] {
  const fields: FormField[] = [];
  for (const item of readArray(value)) {
    if (!isRecord(item)) continue;
    const name = readText(item.name);
    if (name === undefined || fields.some((field) => field.name === name)) continue;
    const field: FormField = {
      name,
      label: readText(item.label) ?? name,
      fieldType: readText(item.fieldType)?.trim().toLowerCase() ?? 'text',
      isCustom: readBoolean(item.isCustom) ?? false,
      isRequired: readBoolean(item.isRequired) ?? false,
      options: parseFormFieldOptions(item.options),
    };
    const type = readText(item.type);
    if (type !== undefined) field.type = type;
    fields.push(field);
  }
  return fields;
}
