import type { AvailabilityPage, Member, TimeSlot } from '../api/types';
import { mergeSlots } from './mergeSlots';

/**
 * Merges availability pages (e.g. several months fetched with different `monthOffset`s) into one.
 * The result is the same whatever order the pages come in:
 * - `slotsByDuration`: per duration, the union of the slots, sorted and de-duplicated.
 * - `members`: one entry per member `id`, sorted by id, with busy times unioned. Should two pages
 *   describe a member differently, the choice between them is deterministic, not order-based.
 * - `hasMore`: taken from the page(s) holding the latest slot, because that is the furthest month
 *   fetched and only it knows what lies beyond; when no page has a slot, true if any page says so
 *   (erring towards one more fetch rather than hiding months).
 */
export function mergeAvailabilityPages(pages: AvailabilityPage[]): AvailabilityPage {
  const slotLists = new Map<number, TimeSlot[][]>();
  for (const page of pages) {
    for (const [key, slots] of Object.entries(page.slotsByDuration)) {
      const duration = Number(key);
      const lists = slotLists.get(duration) ?? [];
      lists.push(slots);
      slotLists.set(duration, lists);
    }
  }
  const slotsByDuration: Record<number, TimeSlot[]> = {};
  for (const duration of [...slotLists.keys()].sort((a, b) => a - b)) {
    slotsByDuration[duration] = mergeSlots(...(slotLists.get(duration) ?? []));
  }
  return { slotsByDuration, hasMore: mergeHasMore(pages), members: mergeMembers(pages) };
}

function latestSlotEnd(page: AvailabilityPage): number {
  let latest = -Infinity;
  for (const slots of Object.values(page.slotsByDuration)) {
    for (const slot of slots) if (slot.end > latest) latest = slot.end;
  }
  return latest;
}

function mergeHasMore(pages: AvailabilityPage[]): boolean {
  const ends = pages.map(latestSlotEnd);
  const latest = Math.max(-Infinity, ...ends);
  return pages.some((page, index) => page.hasMore && ends[index] === latest);
}

function mergeMembers(pages: AvailabilityPage[]): Member[] {
  const byId = new Map<string, { member: Member; signature: string; busy: TimeSlot[][] }>();
  for (const page of pages) {
    for (const member of page.members) {
      const signature = JSON.stringify({ ...member, busyTimes: undefined });
      const entry = byId.get(member.id);
      if (!entry) {
        byId.set(member.id, { member, signature, busy: [member.busyTimes] });
        continue;
      }
      entry.busy.push(member.busyTimes);
      if (signature < entry.signature) {
        entry.member = member;
        entry.signature = signature;
      }
    }
  }
  return [...byId.keys()]
    .sort()
    .flatMap((id) => {
      const entry = byId.get(id);
      return entry ? [{ ...entry.member, busyTimes: mergeSlots(...entry.busy) }] : [];
    });
}
