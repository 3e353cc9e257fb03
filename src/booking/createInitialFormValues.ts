import type { BookingInfo } from '../api/types';
import type { Prefill } from '../model/Prefill';
import type { BookingFormValues } from './BookingFormValues';
import { formFieldKind } from './formFieldKind';
import { nameKeyedRecord, readNamed } from './nameKeyedRecord';
import { prefillText } from './prefillText';
import { visibleFormFields } from './visibleFormFields';
import { visibleOptions } from './visibleOptions';

const TRUE_WORDS = new Set(['true', 'yes', 'on', '1']);

/**
 * The form's starting values: every field of the link present (so controls are controlled from
 * the first render), filled from `prefill` where given. Prefilled choices that match no visible
 * option are dropped rather than kept invisibly and sent.
 */
export function createInitialFormValues(info: BookingInfo, prefill?: Prefill): BookingFormValues {
  const formFields: BookingFormValues['formFields'] = nameKeyedRecord();
  for (const field of visibleFormFields(info)) {
    const prefilled = readNamed(prefill?.formFields, field.name);
    const given = prefillText(prefilled).trim();
    const allowed = new Set(visibleOptions(field).map((option) => option.value));
    switch (formFieldKind(field)) {
      case 'checkboxes':
        formFields[field.name] = given
          .split(';')
          .map((part) => part.trim())
          .filter((part) => allowed.has(part));
        break;
      case 'boolean':
        formFields[field.name] = TRUE_WORDS.has(given.toLowerCase());
        break;
      case 'select':
      case 'radio':
        formFields[field.name] = allowed.has(given) ? given : '';
        break;
      default:
        formFields[field.name] = prefillText(prefilled);
    }
  }

  const guests = info.guestSettings.canAddGuests && Array.isArray(prefill?.guestEmails) ? prefill.guestEmails : [];
  const communicationConsents = nameKeyedRecord<boolean>();
  for (const checkbox of info.legalConsent?.communicationConsentCheckboxes ?? []) {
    communicationConsents[checkbox.communicationTypeId] = false;
  }

  return {
    firstName: prefillText(prefill?.firstName),
    lastName: prefillText(prefill?.lastName),
    email: prefillText(prefill?.email),
    guestEmails: guests
      .filter((guest): guest is string => typeof guest === 'string')
      .slice(0, Math.max(0, info.guestSettings.maxGuestCount)),
    formFields,
    communicationConsents,
    processingConsent: false,
  };
}
