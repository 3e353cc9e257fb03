import type { FoldedMonthPlan } from './planFoldedMonth';

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

interface Slot {
  startMillisUtc: number;
  endMillisUtc: number;
}

function durationsOf(body: Json): Record<string, { meetingDurationMillis?: unknown; availabilities?: unknown }> {
  const availability = isRecord(body.linkAvailability) ? body.linkAvailability : {};
  const byDuration = isRecord(availability.linkAvailabilityByDuration) ? availability.linkAvailabilityByDuration : {};
  return byDuration as Record<string, { meetingDurationMillis?: unknown; availabilities?: unknown }>;
}

function slotsOf(entry: { availabilities?: unknown }): Slot[] {
  return Array.isArray(entry.availabilities) ? entry.availabilities.filter((slot): slot is Slot => isRecord(slot) && typeof slot.startMillisUtc === 'number') : [];
}

/** Members of several pages as one list: each member once, with the busy ranges of all pages. */
function mergeMembers(pages: Json[]): unknown[] {
  const byId = new Map<string, Json>();
  const order: string[] = [];
  for (const page of pages) {
    for (const entry of Array.isArray(page.allUsersBusyTimes) ? page.allUsersBusyTimes : []) {
      if (!isRecord(entry)) continue;
      const user = isRecord(entry.meetingsUser) ? entry.meetingsUser : {};
      const id = String(user.id ?? user.userId ?? order.length);
      const known = byId.get(id);
      if (!known) {
        byId.set(id, { ...entry, busyTimes: Array.isArray(entry.busyTimes) ? [...entry.busyTimes] : entry.busyTimes });
        order.push(id);
        continue;
      }
      if (Array.isArray(entry.busyTimes)) {
        const busy = Array.isArray(known.busyTimes) ? (known.busyTimes as unknown[]) : [];
        const seen = new Set(busy.map((range) => JSON.stringify(range)));
        known.busyTimes = [...busy, ...entry.busyTimes.filter((range) => !seen.has(JSON.stringify(range)))];
      }
    }
  }
  return order.map((id) => byId.get(id));
}

/**
 * The visitor's month cut out of the UTC months that overlap it (`pages`, in the plan's order):
 * the slots starting inside the month for every length, `hasMore` when a slot starts after it
 * (in the pages, or a later month as the last page says), and the members of all pages. Returns
 * `base` (the booking info, or the first page) with those in place of its own.
 */
export function foldMonth(plan: FoldedMonthPlan, base: Json, pages: Json[]): Json {
  const byDuration: Record<string, { meetingDurationMillis: number; availabilities: Slot[] }> = {};
  let hasMore = false;
  pages.forEach((page, index) => {
    for (const [key, entry] of Object.entries(durationsOf(page))) {
      if (!isRecord(entry)) continue;
      const target = (byDuration[key] ??= { meetingDurationMillis: Number(entry.meetingDurationMillis ?? key), availabilities: [] });
      for (const slot of slotsOf(entry)) {
        if (slot.startMillisUtc >= plan.end) hasMore = true;
        else if (slot.startMillisUtc >= plan.start) target.availabilities.push(slot);
      }
    }
    const availability = isRecord(page.linkAvailability) ? page.linkAvailability : {};
    if (index === pages.length - 1 && availability.hasMore === true) hasMore = true;
  });
  for (const entry of Object.values(byDuration)) entry.availabilities.sort((a, b) => a.startMillisUtc - b.startMillisUtc);
  return { ...base, linkAvailability: { linkAvailabilityByDuration: byDuration, hasMore }, allUsersBusyTimes: mergeMembers(pages) };
}
