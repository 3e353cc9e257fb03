import type { FieldError } from '../MeetingsApiError';
import { isRecord } from './isRecord';
import { readArray } from './readArray';
import { readText } from './readText';

/** Names of the book body's fields, as context keys may carry them (`formFields.size`, `guestEmails[1]`). */
const BOOK_FIELD =
  /^(?:firstName|lastName|email|guestEmails|startTime|duration|timezone|locale|slug|formFields|legalConsentResponses|likelyAvailableUserIds)(?:[.[]|$)/i;
/** Context keys whose values are field names rather than data. */
const FIELD_NAME_KEYS = /^(?:propertyName|propertyNames|fieldName|fieldNames|field|fields)$/i;

function stripBodyPrefix(name: string): string {
  return name.trim().replace(/^(?:request)?body\./i, '');
}

function fromContext(context: unknown, message: string): FieldError[] {
  if (!isRecord(context)) return [];
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(context)) {
    if (BOOK_FIELD.test(stripBodyPrefix(key))) {
      errors.push({ field: stripBodyPrefix(key), message });
    } else if (FIELD_NAME_KEYS.test(key)) {
      for (const name of readArray(value)) {
        const field = readText(name);
        if (field !== undefined) errors.push({ field: stripBodyPrefix(field), message });
      }
    }
  }
  return errors;
}

/**
 * The per-field messages of a HubSpot validation body: `errors[].in` names the field (the fake
 * backend and HubSpot's API both use it), else `errors[].context` or the top-level `context` keys
 * that name fields of the book body. Duplicates are removed.
 */
export function fieldErrorsFromBody(body: Record<string, unknown>, fallbackMessage: string): FieldError[] {
  const topMessage = readText(body.message) ?? fallbackMessage;
  const errors: FieldError[] = [];
  for (const item of readArray(body.errors)) {
    if (!isRecord(item)) continue;
    const message = readText(item.message) ?? topMessage;
    const field = readText(item.in);
    const code = readText(item.code);
    if (field !== undefined) errors.push({ field: stripBodyPrefix(field), message, ...(code === undefined ? {} : { code }) });
    else errors.push(...fromContext(item.context, message));
  }
  errors.push(...fromContext(body.context, topMessage));
  return errors.filter(
    (error, index) => errors.findIndex((other) => other.field === error.field && other.message === error.message) === index,
  );
}
