import type { TimeSlot } from '../../src/api/types';

const MIN = 60_000;

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
