const known = new Map<string, boolean>();

/** True when `Intl` accepts `timeZone` as an IANA zone (or `UTC`). Never throws. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  let valid = known.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    known.set(timeZone, valid);
  }
  return valid;
}
