import type { PrefillValue } from './PrefillValue';

/** Values to start the booking form with; every field is optional. */
export interface Prefill {
  /**
   * The visitor's first name.
   * @defaultValue empty
   */
  firstName?: PrefillValue;
  /**
   * The visitor's last name.
   * @defaultValue empty
   */
  lastName?: PrefillValue;
  /**
   * The visitor's email.
   * @defaultValue empty
   */
  email?: PrefillValue;
  /**
   * Guest emails to start with (only used when the link allows guests).
   * @defaultValue none
   */
  guestEmails?: string[];
  /**
   * Custom form field values by field name; several checkbox values joined by `;`.
   * @defaultValue none
   */
  formFields?: Record<string, PrefillValue>;
}
