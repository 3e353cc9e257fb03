import type { WireFormField } from '../../api/wireTypes';
import type { FakeFormFieldDefinition } from '../FakeLinkDefinition';

/** HubSpot's property type behind each field type. */
const PROPERTY_TYPES: Readonly<Record<string, string>> = {
  select: 'enumeration',
  radio: 'enumeration',
  checkbox: 'enumeration',
  booleancheckbox: 'bool',
  date: 'date',
  number: 'number',
};

/**
 * A form field with every attribute HubSpot's published types require: `options` is `[]` for a
 * field without choices, and each option has its description, order, flags and `doubleData`.
 */
export function toWireFormField(field: FakeFormFieldDefinition): WireFormField {
  return {
    name: field.name,
    label: field.label,
    fieldType: field.fieldType,
    type: field.type ?? PROPERTY_TYPES[field.fieldType] ?? 'string',
    isCustom: field.isCustom ?? true,
    isRequired: field.isRequired ?? false,
    options: (field.options ?? []).map((option, index) => ({
      label: option.label,
      value: option.value,
      description: option.description ?? '',
      displayOrder: option.displayOrder ?? index,
      hidden: option.hidden ?? false,
      readOnly: option.readOnly ?? false,
      doubleData: option.doubleData ?? 0,
    })),
  };
}
