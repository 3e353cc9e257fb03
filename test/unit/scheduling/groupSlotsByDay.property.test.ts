// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeSlot } from '../../../src/api/types';
import { groupSlotsByDay } from '../../../src/scheduling/groupSlotsByDay';

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'America/St_Johns',
  'Australia/Lord_Howe',
];

/** The oracle: the local date by formatToParts with its own formatter, independent of the code under test. */
function localDate(epochMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(epochMs);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const slotArb: fc.Arbitrary<TimeSlot> = fc
  .record({
    // 2000–2040, on 5-minute marks as the API gives them, plus arbitrary ms to probe boundaries.
    start: fc.oneof(
      fc.integer({ min: 189_345_600, max: 236_678_400 }).map((n) => n * 5 * 60_000),
      fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
    ),
    minutes: fc.constantFrom(15, 30, 45, 60, 120),
  })
  .map(({ start, minutes }) => ({ start, end: start + minutes * 60_000 }));

// Duplicates on purpose: repeat some slots as copies.
const slotsArb = fc
  .array(slotArb, { maxLength: 80 })
  .chain((slots) => fc.tuple(fc.constant(slots), fc.subarray(slots)).map(([a, b]) => [...a, ...b.map((s) => ({ ...s }))]));

describe('groupSlotsByDay (properties)', () => {
  it('puts every distinct slot in exactly one day, the day Intl gives for its start', () => {
    fc.assert(
      fc.property(slotsArb, fc.constantFrom(...ZONES), (slots, zone) => {
        const days = groupSlotsByDay(slots, zone);
        const distinct = new Set(slots.map((s) => `${s.start}/${s.end}`));
        const seen = days.flatMap((d) => d.slots.map((s) => `${s.start}/${s.end}`));
        expect(seen).toHaveLength(distinct.size);
        expect(new Set(seen)).toEqual(distinct);
        for (const day of days) {
          for (const s of day.slots) expect(day.date).toBe(localDate(s.start, zone));
        }
      }),
    );
  });

  it('returns days strictly ascending and slots strictly ordered within each day', () => {
    fc.assert(
      fc.property(slotsArb, fc.constantFrom(...ZONES), (slots, zone) => {
        const days = groupSlotsByDay(slots, zone);
        for (let i = 1; i < days.length; i++) expect((days[i - 1]?.date ?? '') < (days[i]?.date ?? '')).toBe(true);
        for (const day of days) {
          expect(day.slots.length).toBeGreaterThan(0);
          for (let i = 1; i < day.slots.length; i++) {
            const a = day.slots[i - 1] as TimeSlot;
            const b = day.slots[i] as TimeSlot;
            expect(a.start < b.start || (a.start === b.start && a.end < b.end)).toBe(true);
          }
        }
      }),
    );
  });

  it('does not depend on the input order', () => {
    fc.assert(
      fc.property(
        slotsArb.chain((slots) => fc.tuple(fc.constant(slots), fc.shuffledSubarray(slots, { minLength: slots.length }))),
        fc.constantFrom(...ZONES),
        ([slots, shuffled], zone) => {
          expect(groupSlotsByDay(shuffled, zone)).toEqual(groupSlotsByDay(slots, zone));
        },
      ),
    );
  });
});
