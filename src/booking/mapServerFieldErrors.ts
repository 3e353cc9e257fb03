import type { FieldError } from '../api/MeetingsApiError';
import type { BookingInfo } from '../api/types';
import type { BookingFormErrors } from './validateBookingForm';
import { fieldKeys } from './fieldKeys';
import { serverFieldErrorText } from './serverFieldErrorText';
import { nameKeyedRecord, readNamed } from './nameKeyedRecord';
import { visibleFormFields } from './visibleFormFields';

/** Server validation messages sorted into the fields the form shows and the rest. */
export interface MappedServerErrors {
  /** Messages for fields the form shows, by field key. */
  fieldErrors: BookingFormErrors;
  /** Messages naming no field, or a field the form does not show: shown above the form. */
  unmatched: string[];
}

/**
 * Puts the book call's validation messages where the visitor can act on them. Names follow the
 * book body (`email`, `formFields.<name>`, `legalConsentResponses.<id>`, `guestEmails`); guest
 * positions may come as `guestEmails.1` or `guestEmails[1]`, and built-in names in any case. With
 * `messages` (passed when the widget does not speak English, the server's language), errors whose
 * code is known get our own translated text; the server's more specific words are kept otherwise.
 */
export function mapServerFieldErrors(
  errors: readonly FieldError[],
  info: BookingInfo,
  guestCount = 0,
  messages?: Parameters<typeof serverFieldErrorText>[3],
): MappedServerErrors {
  const known = new Map<string, string>();
  const add = (key: string) => known.set(key.toLowerCase(), key);
  add(fieldKeys.firstName);
  add(fieldKeys.lastName);
  add(fieldKeys.email);
  if (info.guestSettings.canAddGuests) {
    add(fieldKeys.guestEmails);
    for (let index = 0; index < guestCount; index += 1) add(fieldKeys.guestEmail(index));
  }
  for (const field of visibleFormFields(info)) add(fieldKeys.formField(field.name));
  if (info.legalConsentEnabled) {
    for (const checkbox of info.legalConsent?.communicationConsentCheckboxes ?? []) {
      add(fieldKeys.communicationConsent(checkbox.communicationTypeId));
    }
  }

  const fieldErrors: BookingFormErrors = nameKeyedRecord();
  const unmatched: string[] = [];
  for (const error of errors) {
    const normalized = error.field.trim().replace(/\[(\d+)\]$/, '.$1').toLowerCase();
    const key = known.get(normalized);
    if (key === undefined) {
      unmatched.push(error.message);
    } else {
      // A known code reads in the visitor's language; the server's own words otherwise.
      const message = (messages && serverFieldErrorText(error, key, info, messages)) ?? error.message;
      const earlier = readNamed(fieldErrors, key);
      fieldErrors[key] = earlier ? `${earlier} ${message}` : message;
    }
  }
  return { fieldErrors, unmatched };
}
