// Deliberately loose: one @, no spaces, a dot in the domain. Anything stricter rejects real
// addresses (plus signs, long TLDs, IDNs); the server has the final word.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** Whether `value` looks like an email address a visitor could receive mail at. */
export function isValidEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_PATTERN.test(value);
}
