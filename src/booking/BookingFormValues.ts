/**
 * What the visitor has typed. It lives in the root component, not in the form, so it survives
 * going back to the calendar, a slot taken meanwhile, and every failed submit.
 */
export interface BookingFormValues {
  /** As typed (trimmed only when sent). */
  firstName: string;
  /** As typed (trimmed only when sent). */
  lastName: string;
  /** As typed (trimmed only when sent). */
  email: string;
  /** Guest rows in order; blank rows are kept while editing and never sent. */
  guestEmails: string[];
  /**
   * Custom form fields by name: a string, the ticked values of a multi-checkbox, or a boolean.
   * Names come from the API: a null-prototype record (see `nameKeyedRecord`), read with `readNamed`.
   */
  formFields: Record<string, string | string[] | boolean>;
  /** Communication consent checkboxes by communicationTypeId (a null-prototype record too). */
  communicationConsents: Record<string, boolean>;
  /** The REQUIRED_CHECKBOX processing consent. */
  processingConsent: boolean;
}
