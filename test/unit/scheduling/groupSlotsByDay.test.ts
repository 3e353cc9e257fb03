// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { TimeSlot } from '../../../src/api/types';
import { groupSlotsByDay } from '../../../src/scheduling/groupSlotsByDay';

const MIN = 60_000;
const slot = (iso: string, minutes = 30): TimeSlot => ({ start: Date.parse(iso), end: Date.parse(iso) + minutes * MIN });

/** Half-hour slots covering [fromIso, toIso). */
function halfHours(fromIso: string, toIso: string): TimeSlot[] {
  const slots: TimeSlot[] = [];
  for (let t = Date.parse(fromIso); t < Date.parse(toIso); t += 30 * MIN) slots.push({ start: t, end: t + 30 * MIN });
  return slots;
}

describe('groupSlotsByDay', () => {
  it('groups the documentation sample by the visitor’s day, days ascending', () => {
    const slots = [
      { start: 1760360400000, end: 1760361300000 }, // 2025-10-13T13:00Z
      { start: 1760129100000, end: 1760130000000 }, // 2025-10-10T20:45Z
    ];
    expect(groupSlotsByDay(slots, 'America/New_York').map((d) => d.date)).toEqual(['2025-10-10', '2025-10-13']);
    expect(groupSlotsByDay(slots, 'Asia/Kolkata').map((d) => d.date)).toEqual(['2025-10-11', '2025-10-13']);
  });

  it('sorts slots within a day and drops duplicates and empty intervals', () => {
    const a = slot('2025-10-13T15:00:00Z');
    const b = slot('2025-10-13T14:00:00Z');
    const days = groupSlotsByDay([a, b, { ...a }, { start: a.start, end: a.start }], 'UTC');
    expect(days).toEqual([{ date: '2025-10-13', slots: [b, a] }]);
  });

  it('returns no days for no slots', () => {
    expect(groupSlotsByDay([], 'UTC')).toEqual([]);
  });

  it('puts a slot that starts at local midnight on the new day', () => {
    const midnight = slot('2025-10-10T04:00:00Z'); // 00:00 EDT
    const justBefore = slot('2025-10-10T03:30:00Z'); // 23:30 EDT the day before
    expect(groupSlotsByDay([midnight, justBefore], 'America/New_York')).toEqual([
      { date: '2025-10-09', slots: [justBefore] },
      { date: '2025-10-10', slots: [midnight] },
    ]);
  });

  it('keeps a slot that crosses midnight on the day it starts', () => {
    const late = slot('2025-10-10T03:45:00Z', 60); // 23:45–00:45 EDT
    expect(groupSlotsByDay([late], 'America/New_York').map((d) => d.date)).toEqual(['2025-10-09']);
  });

  it.each([
    // zone, day, its UTC start, next day's UTC start, half-hours in the day
    ['America/New_York', '2025-03-09', '2025-03-09T05:00:00Z', '2025-03-10T04:00:00Z', 46], // 23-hour day
    ['America/New_York', '2025-11-02', '2025-11-02T04:00:00Z', '2025-11-03T05:00:00Z', 50], // 25-hour day
    ['Europe/London', '2025-03-30', '2025-03-30T00:00:00Z', '2025-03-30T23:00:00Z', 46],
    ['Europe/London', '2025-10-26', '2025-10-25T23:00:00Z', '2025-10-27T00:00:00Z', 50],
    ['Pacific/Chatham', '2025-04-06', '2025-04-05T10:15:00Z', '2025-04-06T11:15:00Z', 50], // +13:45 → +12:45
  ])('in %s, %s gets exactly its own slots across the DST change', (zone, day, from, to, count) => {
    // A day of slots either side too, to prove nothing spills over.
    const all = halfHours(new Date(Date.parse(from) - 86_400_000).toISOString(), new Date(Date.parse(to) + 86_400_000).toISOString());
    const days = groupSlotsByDay(all, zone);
    const target = days.find((d) => d.date === day);
    expect(target?.slots).toHaveLength(count);
    expect(target?.slots[0]?.start).toBe(Date.parse(from));
    expect(target?.slots.at(-1)?.start).toBe(Date.parse(to) - 30 * MIN);
  });

  it('handles half- and quarter-hour zones and the +14 zone', () => {
    const slots = [slot('2025-10-10T18:00:00Z'), slot('2025-10-10T18:30:00Z')];
    expect(groupSlotsByDay(slots, 'Asia/Kolkata').map((d) => [d.date, d.slots.length])).toEqual([
      ['2025-10-10', 1], // 23:30 IST
      ['2025-10-11', 1], // 00:00 IST
    ]);
    expect(groupSlotsByDay(slots, 'Asia/Kathmandu').map((d) => [d.date, d.slots.length])).toEqual([
      ['2025-10-10', 1], // 23:45 NPT
      ['2025-10-11', 1], // 00:15 NPT
    ]);
    expect(groupSlotsByDay([slot('2025-10-10T09:30:00Z'), slot('2025-10-10T10:00:00Z')], 'Pacific/Kiritimati').map((d) => d.date)).toEqual([
      '2025-10-10',
      '2025-10-11',
    ]);
  });
});
