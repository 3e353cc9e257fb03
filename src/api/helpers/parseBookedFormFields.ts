import type { BookedFormField } from '../types';
import { isRecord } from './isRecord';
import { readArray } from './readArray';
import { readBoolean } from './readBoolean';
import { readText } from './readText';
import { withDefined } from './withDefined';

function readValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * The form answers the book call echoes, every attribute kept (`onBooked` consumers may need the
 * raw label, the translated one, `isCustom` and `fieldType`); fields without a name are dropped.
 * `isCustom` defaults to true: only HubSpot's own contact properties say false.
 */
export function parseBookedFormFields(value: unknown): BookedFormField[] {
  const fields: BookedFormField[] = [];
  for (const item of readArray(value)) {
    if (!isRecord(item)) continue;
    const name = readText(item.name);
    if (name === undefined) continue;
    fields.push(
      withDefined<BookedFormField>(
        { name, label: readText(item.label) ?? name, value: readValue(item.value), isCustom: readBoolean(item.isCustom) ?? true },
        { translatedLabel: readText(item.translatedLabel), valueLabel: readText(item.valueLabel), fieldType: readText(item.fieldType) },
      ),
    );
  }
  return fields;
}
