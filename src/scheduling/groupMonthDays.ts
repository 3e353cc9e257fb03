import type { TimeSlot } from '../api/types';
import type { DaySlots } from './DaySlots';
import { groupSlotsByDay } from './groupSlotsByDay';
import type { MonthDays } from './MonthDays';

const MINUTE = 60_000;
const NO_DAYS: DaySlots[] = [];

/** One slot list grouped in one zone, split by month once, with each month's last answer. */
interface Grouping {
  byMonth: Map<string, DaySlots[]>;
  /** The latest slot, which decides `hasLaterSlots`. */
  last: { month: string; start: number } | undefined;
  answers: Map<string, { minute: number; result: MonthDays }>;
}

// Keyed by the slot array itself: query data keeps its identity until it changes, so a render, a
// day click or a focus move finds its answer here, and new data is a new key (the old one is freed).
const groupings = new WeakMap<readonly TimeSlot[], Map<string, Grouping>>();

function groupingOf(slots: TimeSlot[], timeZone: string): Grouping {
  let byZone = groupings.get(slots);
  if (!byZone) {
    byZone = new Map();
    groupings.set(slots, byZone);
  }
  let grouping = byZone.get(timeZone);
  if (!grouping) {
    const days = groupSlotsByDay(slots, timeZone);
    const byMonth = new Map<string, DaySlots[]>();
    for (const day of days) {
      const month = day.date.slice(0, 7);
      const list = byMonth.get(month);
      if (list) list.push(day);
      else byMonth.set(month, [day]);
    }
    const lastDay = days[days.length - 1];
    const lastSlot = lastDay?.slots[lastDay.slots.length - 1];
    grouping = {
      byMonth,
      last: lastDay && lastSlot ? { month: lastDay.date.slice(0, 7), start: lastSlot.start } : undefined,
      answers: new Map(),
    };
    byZone.set(timeZone, grouping);
  }
  return grouping;
}

/** The month's days keeping only slots after `now`; a day left intact keeps its identity. */
function futureDays(days: DaySlots[], now: number): DaySlots[] {
  const kept: DaySlots[] = [];
  for (const day of days) {
    const lastSlot = day.slots[day.slots.length - 1];
    if (!lastSlot || lastSlot.start <= now) continue;
    kept.push((day.slots[0] as TimeSlot).start > now ? day : { date: day.date, slots: day.slots.filter((slot) => slot.start > now) });
  }
  return kept;
}

/**
 * The days of `monthKey` (`yyyy-MM`) in `timeZone` with slots starting after `now`, and whether
 * the slots go on after that month. Memoized on what the answer depends on: the slot array's
 * identity and the zone (grouping, split by month, done once per array), then the month and the
 * minute of `now` (slots start on whole minutes, so within a minute the answer cannot change).
 * The same inputs return the same object, so views can compare by identity.
 */
export function groupMonthDays(slots: TimeSlot[], timeZone: string, monthKey: string, now: number): MonthDays {
  const grouping = groupingOf(slots, timeZone);
  const minute = Math.floor(now / MINUTE);
  const answer = grouping.answers.get(monthKey);
  if (answer && answer.minute === minute) return answer.result;
  const last = grouping.last;
  const result: MonthDays = {
    days: futureDays(grouping.byMonth.get(monthKey) ?? NO_DAYS, now),
    hasLaterSlots: last !== undefined && last.month > monthKey && last.start > now,
  };
  grouping.answers.set(monthKey, { minute, result });
  return result;
}
