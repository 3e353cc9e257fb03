import type { BookingInfo } from '../api/types';
import type { Prefill } from '../model/Prefill';
import type { BookingMessages } from '../i18n/bookingMessages';
import { createInitialFormValues } from './createInitialFormValues';
import { fieldKeys } from './fieldKeys';
import { isLockedPrefill } from './isLockedPrefill';
import { readNamed } from './nameKeyedRecord';
import { validateBookingForm } from './validateBookingForm';
import { visibleFormFields } from './visibleFormFields';

/**
 * The fields the host locked (`{ value, locked: true }`) that the visitor sees read-only. A locked
 * value that would not pass validation stays editable: otherwise a host's mistake (an empty or
 * malformed email) would leave the visitor unable to book at all.
 */
export function lockedFieldKeys(info: BookingInfo, prefill: Prefill | undefined, messages: BookingMessages): Set<string> {
  const locked = new Set<string>();
  if (!prefill) return locked;
  const errors = validateBookingForm(createInitialFormValues(info, prefill), info, messages);
  const consider = (key: string, lockedFlag: boolean) => {
    if (lockedFlag && readNamed(errors, key) === undefined) locked.add(key);
  };
  consider(fieldKeys.firstName, isLockedPrefill(prefill.firstName));
  consider(fieldKeys.lastName, isLockedPrefill(prefill.lastName));
  consider(fieldKeys.email, isLockedPrefill(prefill.email));
  for (const field of visibleFormFields(info)) {
    consider(fieldKeys.formField(field.name), isLockedPrefill(readNamed(prefill.formFields, field.name)));
  }
  return locked;
}
