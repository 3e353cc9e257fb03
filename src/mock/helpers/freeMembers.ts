import type { WireSlot } from '../../api/wireTypes';
import type { FakeMemberDefinition } from '../FakeMemberDefinition';
import type { SlotRules } from './SlotRules';

/** Members with nothing in their calendar within the buffer around the slot. */
export function freeMembers(rules: SlotRules, slot: WireSlot): FakeMemberDefinition[] {
  const buffer = rules.link.bufferMs ?? 0;
  return rules.link.members.filter((member) =>
    rules
      .busyOf(member.userId)
      .every((busy) => slot.startMillisUtc >= busy.end + buffer || slot.endMillisUtc <= busy.start - buffer),
  );
}

/**
 * Whether the link can take the slot: a personal link needs its organizer, a round robin any
 * member, a group calendar every member.
 */
export function isSlotFree(rules: SlotRules, slot: WireSlot): boolean {
  const free = freeMembers(rules, slot);
  const { members, linkType } = rules.link;
  if (linkType === 'ROUND_ROBIN_CALENDAR') return free.length > 0;
  if (linkType === 'GROUP_CALENDAR') return members.length > 0 && free.length === members.length;
  const organizer = members[0];
  return organizer !== undefined && free.includes(organizer);
}
