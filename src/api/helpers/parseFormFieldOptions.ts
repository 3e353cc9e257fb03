import type { FormFieldOption } from '../types';
import { isRecord } from './isRecord';
import { readArray } from './readArray';
import { readBoolean } from './readBoolean';
import { readNumber } from './readNumber';
import { readText } from './readText';

/**
 * A field's options sorted by `displayOrder` (stable; an option without one keeps its place in the
 * list as its order). Options without a value are dropped; a missing label falls back to the value.
 */
export function parseFormFieldOptions(value: unknown): FormFieldOption[] {
  const options: Array<{ option: FormFieldOption; index: number }> = [];
  readArray(value).forEach((item, index) => {
    if (!isRecord(item)) return;
    const optionValue = readText(item.value) ?? (typeof item.value === 'number' ? String(item.value) : undefined);
    if (optionValue === undefined) return;
    const option: FormFieldOption = {
      label: readText(item.label) ?? optionValue,
      value: optionValue,
      displayOrder: readNumber(item.displayOrder) ?? index,
      hidden: readBoolean(item.hidden) ?? false,
      readOnly: readBoolean(item.readOnly) ?? false,
    };
    const description = readText(item.description);
    if (description !== undefined) option.description = description;
    options.push({ option, index });
  });
  options.sort((a, b) => a.option.displayOrder - b.option.displayOrder || a.index - b.index);
  return options.map(({ option }) => option);
}
