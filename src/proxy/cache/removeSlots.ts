/** A booked (or taken) interval no cached answer may offer any more. */
export interface RemovedInterval {
  start: number;
  end: number;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The answer without any slot, of any length, that overlaps a removed interval: once a time is
 * booked, no other length starting inside it is free either. Changes `body` in place.
 */
export function removeSlots(body: Json, removed: readonly RemovedInterval[]): Json {
  if (removed.length === 0 || !isRecord(body.linkAvailability)) return body;
  const byDuration = body.linkAvailability.linkAvailabilityByDuration;
  if (!isRecord(byDuration)) return body;
  for (const entry of Object.values(byDuration)) {
    if (!isRecord(entry) || !Array.isArray(entry.availabilities)) continue;
    entry.availabilities = entry.availabilities.filter(
      (slot) =>
        !isRecord(slot) ||
        !removed.some((interval) => Number(slot.startMillisUtc) < interval.end && Number(slot.endMillisUtc) > interval.start),
    );
  }
  return body;
}
