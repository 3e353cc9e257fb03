import type { BookMeetingRequest, BookingInfo, FormFieldValue, TimeSlot } from '../api/types';
import { availableMemberIds } from '../scheduling/availableMemberIds';
import type { BookingFormValues } from './BookingFormValues';
import { formFieldKind } from './formFieldKind';
import { formFieldValueText } from './formFieldValueText';
import { readNamed } from './nameKeyedRecord';
import { toBookingLocale } from './toBookingLocale';
import { visibleFormFields } from './visibleFormFields';

/** Inputs of {@link buildBookRequest}. */
export interface BuildBookRequestInput {
  /** The scheduling page's slug. */
  slug: string;
  /** The link's booking info. */
  info: BookingInfo;
  /** The chosen slot; `duration` defaults to `end - start`. */
  slot: TimeSlot & { duration?: number };
  /** What the visitor has typed. */
  values: BookingFormValues;
  /** IANA zone the visitor booked in. */
  timezone: string;
  /** BCP 47 locale; sent lower-case. */
  locale: string;
}

/**
 * The exact body of the book call (DESIGN §2). Values are trimmed; custom fields go out only
 * for the questions the form shows, empty optional answers left out (a yes/no box always says
 * 'true' or 'false'); consent answers only when the link asks for consent.
 */
export function buildBookRequest({ slug, info, slot, values, timezone, locale }: BuildBookRequestInput): BookMeetingRequest {
  const email = values.email.trim();
  const guestEmails = info.guestSettings.canAddGuests
    ? values.guestEmails.map((guest) => guest.trim()).filter(Boolean)
    : [];

  const formFields: FormFieldValue[] = [];
  for (const field of visibleFormFields(info)) {
    const raw = readNamed(values.formFields, field.name);
    const value = formFieldKind(field) === 'boolean' ? formFieldValueText(raw === true) : formFieldValueText(raw);
    if (value) formFields.push({ name: field.name, value });
  }

  const consent = info.legalConsentEnabled ? info.legalConsent : undefined;
  const legalConsentResponses = (consent?.communicationConsentCheckboxes ?? []).map((checkbox) => ({
    communicationTypeId: checkbox.communicationTypeId,
    consented: readNamed(values.communicationConsents, checkbox.communicationTypeId) === true,
  }));

  // Round-robin and group links need to know who can take the slot; a personal link has one
  // organizer, and HubSpot's own widget sends an empty list for it.
  const shared = info.linkType === 'ROUND_ROBIN_CALENDAR' || info.linkType === 'GROUP_CALENDAR';
  const likelyAvailableUserIds = shared ? availableMemberIds(info.members, { start: slot.start, end: slot.end }) : [];

  return {
    slug,
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email,
    startTime: slot.start,
    duration: slot.duration ?? slot.end - slot.start,
    guestEmails,
    timezone,
    locale: toBookingLocale(locale),
    formFields,
    legalConsentResponses,
    likelyAvailableUserIds,
  };
}
