import type { BookingInfo } from '../api/types';
import type { BookingMessages } from '../i18n/bookingMessages';
import type { BookingFormValues } from './BookingFormValues';
import { fieldKeys } from './fieldKeys';
import { formFieldKind } from './formFieldKind';
import { formFieldValueText } from './formFieldValueText';
import { consentLabelText } from './consentLabelText';
import { isValidEmail } from './isValidEmail';
import { nameKeyedRecord, readNamed } from './nameKeyedRecord';
import { visibleFormFields } from './visibleFormFields';

/** Field key (see `fieldKeys`) → the message to show at that field (a null-prototype record). */
export type BookingFormErrors = Record<string, string>;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isValidDateKey(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Everything the visitor must fix before the book call is worth sending. Keys come in the order
 * the fields appear in the form, so the error summary lists them top to bottom. Empty when the
 * form can be sent.
 */
export function validateBookingForm(
  values: BookingFormValues,
  info: BookingInfo,
  messages: BookingMessages,
): BookingFormErrors {
  const errors: BookingFormErrors = nameKeyedRecord();
  const email = values.email.trim();

  if (!values.firstName.trim()) errors[fieldKeys.firstName] = messages.errorRequired(messages.firstNameLabel);
  if (!values.lastName.trim()) errors[fieldKeys.lastName] = messages.errorRequired(messages.lastNameLabel);
  if (!email) errors[fieldKeys.email] = messages.errorRequired(messages.emailLabel);
  else if (!isValidEmail(email)) errors[fieldKeys.email] = messages.errorEmailFormat;

  if (info.guestSettings.canAddGuests) {
    const seen = new Set<string>();
    let count = 0;
    values.guestEmails.forEach((raw, index) => {
      const guest = raw.trim();
      // An empty row the visitor added and left blank is not a guest; it is simply not sent.
      if (!guest) return;
      count += 1;
      const key = fieldKeys.guestEmail(index);
      const folded = guest.toLowerCase();
      if (!isValidEmail(guest)) errors[key] = messages.errorGuestEmailFormat(index + 1);
      else if (email && folded === email.toLowerCase()) errors[key] = messages.errorGuestIsVisitor(index + 1);
      else if (seen.has(folded)) errors[key] = messages.errorGuestDuplicate(index + 1);
      seen.add(folded);
    });
    if (count > info.guestSettings.maxGuestCount) {
      errors[fieldKeys.guestEmails] = messages.errorTooManyGuests(info.guestSettings.maxGuestCount);
    }
  }

  for (const field of visibleFormFields(info)) {
    const key = fieldKeys.formField(field.name);
    const value = readNamed(values.formFields, field.name);
    const label = field.label || field.name;
    const kind = formFieldKind(field);
    if (kind === 'boolean') {
      if (field.isRequired && value !== true) errors[key] = messages.errorTickRequired(label);
      continue;
    }
    const text = formFieldValueText(value);
    if (!text) {
      if (field.isRequired) errors[key] = messages.errorRequired(label);
    } else if (kind === 'number' && !Number.isFinite(Number(text))) {
      errors[key] = messages.errorNumber(label);
    } else if (kind === 'date' && !isValidDateKey(text)) {
      errors[key] = messages.errorDate(label);
    }
  }

  const consent = info.legalConsentEnabled ? info.legalConsent : undefined;
  if (consent) {
    for (const checkbox of consent.communicationConsentCheckboxes) {
      if (checkbox.required && readNamed(values.communicationConsents, checkbox.communicationTypeId) !== true) {
        const label = consentLabelText(checkbox.label) || checkbox.communicationTypeId;
        errors[fieldKeys.communicationConsent(checkbox.communicationTypeId)] = messages.errorTickRequired(label);
      }
    }
    if (consent.processingConsentType === 'REQUIRED_CHECKBOX' && !values.processingConsent) {
      const label = consentLabelText(consent.processingConsentCheckboxLabel) || messages.processingConsentFallbackLabel;
      errors[fieldKeys.processingConsent] = messages.errorTickRequired(label);
    }
  }
  return errors;
}
