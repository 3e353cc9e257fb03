/**
 * Keys that name a place in the form, shared by client validation, server errors and the view.
 * They follow the book body's own names (what HubSpot's validation errors say in `in`), so a
 * server error can be put next to its field without a translation table.
 */
export const fieldKeys = {
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  /** The guest list as a whole (e.g. too many). */
  guestEmails: 'guestEmails',
  /** One guest, by position from 0. */
  guestEmail: (index: number) => `guestEmails.${index}`,
  formField: (name: string) => `formFields.${name}`,
  communicationConsent: (communicationTypeId: string) => `legalConsentResponses.${communicationTypeId}`,
  /** The REQUIRED_CHECKBOX processing consent (no id of its own in the book body). */
  processingConsent: 'processingConsent',
} as const;
