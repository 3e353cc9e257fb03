import type { FieldError } from '../api/MeetingsApiError';
import type { BookingInfo } from '../api/types';
import type { BookingMessages } from '../i18n/bookingMessages';
import { fieldKeys } from './fieldKeys';
import { visibleFormFields } from './visibleFormFields';

type FieldMessages = Pick<
  BookingMessages,
  'firstNameLabel' | 'lastNameLabel' | 'emailLabel' | 'errorRequired' | 'errorEmailFormat' | 'errorGuestEmailFormat'
>;

const GUEST = /^guestEmails\.(\d+)$/;

function fieldLabel(key: string, info: BookingInfo, messages: FieldMessages): string | undefined {
  if (key === fieldKeys.firstName) return messages.firstNameLabel;
  if (key === fieldKeys.lastName) return messages.lastNameLabel;
  if (key === fieldKeys.email) return messages.emailLabel;
  return visibleFormFields(info).find((field) => fieldKeys.formField(field.name) === key)?.label;
}

/**
 * The visitor's own language for a server field error whose code we know (the server writes
 * English): `REQUIRED` → `errorRequired(label)`, `INVALID_EMAIL` → the email or guest format
 * text. Undefined for other codes, whose server message is shown as is.
 */
export function serverFieldErrorText(error: FieldError, key: string, info: BookingInfo, messages: FieldMessages): string | undefined {
  switch (error.code?.toUpperCase()) {
    case 'REQUIRED': {
      const label = fieldLabel(key, info, messages);
      return label === undefined ? undefined : messages.errorRequired(label);
    }
    case 'INVALID_EMAIL': {
      if (key === fieldKeys.email) return messages.errorEmailFormat;
      const guest = GUEST.exec(key);
      return guest ? messages.errorGuestEmailFormat(Number(guest[1]) + 1) : undefined;
    }
    default:
      return undefined;
  }
}
