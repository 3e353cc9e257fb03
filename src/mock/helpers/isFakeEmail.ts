// The shape HubSpot's form API accepts, roughly: something@domain.tld without spaces.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** Whether the fake accepts the text as an email address. */
export function isFakeEmail(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && EMAIL.test(value);
}
