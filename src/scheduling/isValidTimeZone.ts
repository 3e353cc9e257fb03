const known = new Map<string, boolean>();

/**
 * True when `Intl` accepts `timeZone` as an IANA zone (or `UTC`). Never throws. Offset ids
 * ('+05:30') are refused: newer engines accept them as zones (Chromium's Intl even reports
 * '+00:00' as the zone of a system set to GMT), HubSpot does not.
 */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || !/^[A-Za-z]/.test(timeZone)) return false;
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
