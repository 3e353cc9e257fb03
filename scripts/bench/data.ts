import type { AvailabilityPage, Member, TimeSlot } from '../../src/api/types';

const MIN = 60_000;
const DAY = 86_400_000;

/** A small seeded PRNG (mulberry32) so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `count` slots of `minutes` on a 15-minute grid from 2025-01-01, the way a busy team calendar
 * looks over a year or more, shuffled so sorting is part of the work, with ~5% duplicates.
 */
export function makeSlots(count: number, minutes = 30, seed = 1): TimeSlot[] {
  const random = seededRandom(seed);
  const from = Date.UTC(2025, 0, 1);
  const slots: TimeSlot[] = [];
  for (let i = 0; i < count; i++) {
    const start = from + Math.floor(random() * 400 * 96) * 15 * MIN;
    slots.push({ start, end: start + minutes * MIN });
  }
  for (let i = 0; i < count / 20; i++) slots[Math.floor(random() * count)] = { ...(slots[i] as TimeSlot) };
  return slots;
}

/** `months` availability pages with three durations each, as if fetched month by month. */
export function makePages(months: number, slotsPerDuration: number, seed = 2): AvailabilityPage[] {
  return Array.from({ length: months }, (_, m) => {
    const slotsByDuration: Record<number, TimeSlot[]> = {};
    for (const minutes of [15, 30, 60]) {
      slotsByDuration[minutes * MIN] = makeSlots(slotsPerDuration, minutes, seed + m * 7 + minutes)
        .map((s) => ({ start: s.start + m * 30 * DAY, end: s.end + m * 30 * DAY }))
        .sort((a, b) => a.start - b.start);
    }
    return { slotsByDuration, hasMore: m < months - 1, members: makeMembers(4, 200, seed + m) };
  });
}

/** Team members each with `busyCount` sorted busy ranges of 15–120 minutes over a year. */
export function makeMembers(count: number, busyCount: number, seed = 3): Member[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const busyTimes = Array.from({ length: busyCount }, () => {
      const start = Date.UTC(2025, 0, 1) + Math.floor(random() * 365 * 96) * 15 * MIN;
      return { start, end: start + (1 + Math.floor(random() * 8)) * 15 * MIN };
    }).sort((a, b) => a.start - b.start);
    return { id: `m${i}`, userId: String(1000 + i), isOffline: false, isSalesStarter: false, calendarProvider: 'GOOGLE', busyTimes };
  });
}
