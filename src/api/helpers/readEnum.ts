/**
 * One of `allowed`, matched without regard to case (HubSpot's enums are upper case, hand-written
 * payloads are not always); anything else is absent so the caller picks the default.
 */
export function readEnum<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = value.trim().toUpperCase();
  return allowed.find((candidate) => candidate.toUpperCase() === wanted);
}
