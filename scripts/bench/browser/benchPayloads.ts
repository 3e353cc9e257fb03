import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DAY = 86_400_000;
const MIN = 60_000;

type WireSlot = { startMillisUtc: number; endMillisUtc: number };
type WireBookingInfo = {
  linkAvailability: { linkAvailabilityByDuration: Record<string, { meetingDurationMillis: number; availabilities: WireSlot[] }>; hasMore: boolean };
  [key: string]: unknown;
};

/** The booking-info answers the bench serves, by slug, as the JSON text sent on the wire. */
export interface BenchPayloads {
  /** The documentation's booking-info example, its slots moved to the coming days. */
  docs: string;
  /** The same page with 6 months × 3 durations × 5-minute starts over 8-hour days: 51,840 slots. */
  big: string;
  /** Slots in `big`. */
  bigSlotCount: number;
}

/**
 * Builds both payloads from /work/shared/fixtures/booking-info.json. The example's slots are in
 * 2025, so they are shifted by whole days to start tomorrow (same local times), or the widget,
 * which hides past slots, would show none.
 */
export function benchPayloads(fixturesDir: string, now = Date.now()): BenchPayloads {
  const docs = JSON.parse(readFileSync(join(fixturesDir, 'booking-info.json'), 'utf8')) as WireBookingInfo;
  const byDuration = docs.linkAvailability.linkAvailabilityByDuration;
  const starts = Object.values(byDuration).flatMap((d) => d.availabilities.map((s) => s.startMillisUtc));
  const tomorrow = Math.floor(now / DAY) * DAY + DAY;
  const shift = Math.ceil((tomorrow - Math.floor(Math.min(...starts) / DAY) * DAY) / DAY) * DAY;
  for (const duration of Object.values(byDuration)) {
    duration.availabilities = duration.availabilities.map((s) => ({ startMillisUtc: s.startMillisUtc + shift, endMillisUtc: s.endMillisUtc + shift }));
  }

  const big = structuredClone(docs);
  let bigSlotCount = 0;
  for (const [key, duration] of Object.entries(big.linkAvailability.linkAvailabilityByDuration)) {
    const length = Number(key);
    const availabilities: WireSlot[] = [];
    for (let day = 0; day < 180; day++) {
      // 13:00–21:00 UTC: 9 to 5 in New York, the bench browser's zone.
      const open = tomorrow + day * DAY + 13 * 60 * MIN;
      for (let start = open; start < open + 8 * 60 * MIN; start += 5 * MIN) availabilities.push({ startMillisUtc: start, endMillisUtc: start + length });
    }
    duration.availabilities = availabilities;
    bigSlotCount += availabilities.length;
  }
  big.linkAvailability.hasMore = false;
  return { docs: JSON.stringify(docs), big: JSON.stringify(big), bigSlotCount };
}
