// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { TimeSlot } from '../../../src/api/types';
import { futureSlots } from '../../../src/scheduling/futureSlots';
import { groupMonthDays } from '../../../src/scheduling/groupMonthDays';
import * as grouping from '../../../src/scheduling/groupSlotsByDay';
import { groupSlotsByDay } from '../../../src/scheduling/groupSlotsByDay';

const MIN = 60_000;
const at = (iso: string): number => Date.parse(iso);
/** Half-hour slots every 2 hours from Oct 9 to Nov 5, 2025. */
const slots: TimeSlot[] = Array.from({ length: 27 * 12 }, (_, i) => {
  const start = at('2025-10-09T00:00:00Z') + i * 120 * MIN;
  return { start, end: start + 30 * MIN };
});
const now = at('2025-10-09T12:10:00Z');

/** What the memoized answer must equal: group the future slots, keep the month. */
function naive(list: TimeSlot[], zone: string, month: string, when: number) {
  const grouped = groupSlotsByDay(futureSlots(list, when), zone);
  return { days: grouped.filter((d) => d.date.startsWith(month)), hasLaterSlots: grouped.some((d) => d.date.slice(0, 7) > month) };
}

describe('groupMonthDays', () => {
  it('equals grouping the future slots and keeping the month, in several zones and months', () => {
    for (const zone of ['UTC', 'America/New_York', 'Pacific/Chatham', 'Asia/Kathmandu']) {
      for (const month of ['2025-09', '2025-10', '2025-11', '2025-12']) {
        expect(groupMonthDays(slots, zone, month, now)).toEqual(naive(slots, zone, month, now));
      }
    }
  });

  it('groups once per slot array and zone: later months, renders and minutes only look up', () => {
    const fresh = slots.map((s) => ({ ...s }));
    const spy = vi.spyOn(grouping, 'groupSlotsByDay');
    try {
      const first = groupMonthDays(fresh, 'Europe/Paris', '2025-10', now);
      expect(groupMonthDays(fresh, 'Europe/Paris', '2025-10', now + 30_000)).toBe(first);
      groupMonthDays(fresh, 'Europe/Paris', '2025-11', now);
      groupMonthDays(fresh, 'Europe/Paris', '2025-10', now + 5 * MIN);
      expect(spy).toHaveBeenCalledTimes(1);
      groupMonthDays(fresh, 'Asia/Tokyo', '2025-10', now);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('drops a slot once its start has passed, on the next minute', () => {
    const zone = 'UTC';
    const before = groupMonthDays(slots, zone, '2025-10', at('2025-10-09T13:59:00Z'));
    const after = groupMonthDays(slots, zone, '2025-10', at('2025-10-09T14:00:00Z'));
    expect(before.days[0]?.slots[0]?.start).toBe(at('2025-10-09T14:00:00Z'));
    expect(after.days[0]?.slots[0]?.start).toBe(at('2025-10-09T16:00:00Z'));
    // Days that lost nothing keep their identity, so a memoized view of them does not re-render.
    expect(after.days[1]).toBe(before.days[1]);
  });

  it('sees later slots only while they are in the future', () => {
    expect(groupMonthDays(slots, 'UTC', '2025-10', now).hasLaterSlots).toBe(true);
    expect(groupMonthDays(slots, 'UTC', '2025-11', now).hasLaterSlots).toBe(false);
    expect(groupMonthDays(slots, 'UTC', '2025-09', at('2025-12-01T00:00:00Z'))).toEqual({ days: [], hasLaterSlots: false });
  });
});
