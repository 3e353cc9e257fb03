import type { BookedFormField } from '../types';
import { isRecord } from './isRecord';
import { readArray } from './readArray';
import { readText } from './readText';
import { withDefined } from './withDefined';

function readValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * The form answers the book call echoes. The translated label wins over the raw one because it is
 * what the visitor saw; fields without a name are dropped.
 */
export function parseBookedFormFields(value: unknown): BookedFormField[] {
  const fields: BookedFormField[] = [];
  for (const item of readArray(value)) {
    if (!isRecord(item)) continue;
    const name = readText(item.name);
    if (name === undefined) continue;
    fields.push(
      withDefined<BookedFormField>(
        { name, label: readText(item.translatedLabel) ?? readText(item.label) ?? name, value: readValue(item.value) },
        { valueLabel: readText(item.valueLabel) },
      ),
    );
  }
  return fields;
}
