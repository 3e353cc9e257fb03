// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeSlot } from '../../../src/api/types';
import { groupSlotsByDay } from '../../../src/scheduling/groupSlotsByDay';
import { listTimeZones } from '../../../src/scheduling/listTimeZones';
import { mergeSlots } from '../../../src/scheduling/mergeSlots';

/** The plain implementation the fast one replaced: one Intl format per slot. */
function plainGroup(slots: TimeSlot[], timeZone: string): { date: string; slots: TimeSlot[] }[] {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const days: { date: string; slots: TimeSlot[] }[] = [];
  for (const slot of mergeSlots(slots)) {
    const parts = format.formatToParts(slot.start);
    const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    const date = `${get('year')}-${get('month')}-${get('day')}`;
    const day = days[days.length - 1];
    if (day?.date === date) day.slots.push(slot);
    else days.push({ date, slots: [slot] });
  }
  return days;
}

const ZONES = listTimeZones();
const ODD_ZONES = ['Asia/Kathmandu', 'Pacific/Chatham', 'Pacific/Kiritimati', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Tehran', 'Africa/Casablanca'];
const MIN = 60_000;

/** Sorted runs of slots (as the parser returns them) around a random instant, 1970–2045. */
const runArb = fc
  .record({
    from: fc.integer({ min: 0, max: Date.UTC(2045, 0, 1) }),
    step: fc.constantFrom(5, 15, 30, 60, 7 * 60 + 13),
    count: fc.integer({ min: 1, max: 400 }),
    minutes: fc.constantFrom(15, 30, 60),
  })
  .map(({ from, step, count, minutes }) =>
    Array.from({ length: count }, (_, i) => ({ start: from + i * step * MIN, end: from + i * step * MIN + minutes * MIN })),
  );

describe('groupSlotsByDay against a plain Intl implementation', () => {
  it('gives the same days in every zone Intl knows, sorted input', () => {
    fc.assert(
      fc.property(runArb, fc.constantFrom(...ZONES), (slots, zone) => {
        expect(groupSlotsByDay(slots, zone)).toEqual(plainGroup(slots, zone));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same days across each transition of the odd zones (+5:45, Chatham, Kiritimati, Lord Howe)', () => {
    for (const zone of ODD_ZONES) {
      // Every 20 minutes over 13 months covers each DST start and end (and Kiritimati's 1994 skip).
      const from = zone === 'Pacific/Kiritimati' ? Date.UTC(1994, 11, 1) : Date.UTC(2025, 0, 1);
      const slots = Array.from({ length: 395 * 72 }, (_, i) => ({ start: from + i * 20 * MIN, end: from + (i + 1) * 20 * MIN }));
      expect(groupSlotsByDay(slots, zone)).toEqual(plainGroup(slots, zone));
    }
  });

  it('gives the same days for shuffled input with duplicates', () => {
    fc.assert(
      fc.property(
        runArb.chain((slots) => fc.shuffledSubarray([...slots, ...slots.slice(0, 5)], { minLength: slots.length + Math.min(5, slots.length) })),
        fc.constantFrom(...ODD_ZONES, 'America/New_York', 'Europe/London'),
        (slots, zone) => {
          expect(groupSlotsByDay(slots, zone)).toEqual(plainGroup(slots, zone));
        },
      ),
      { numRuns: 200 },
    );
  });
});
