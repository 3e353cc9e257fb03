/**
 * An identifier as a string. HubSpot's ids are strings in the samples but numbers in some payloads
 * (`legitimateInterestSubscriptionTypes`), so whole numbers are accepted and written out.
 */
export function readId(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}
