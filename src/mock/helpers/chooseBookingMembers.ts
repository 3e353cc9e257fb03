import type { FakeLinkDefinition } from '../FakeLinkDefinition';
import type { FakeMemberDefinition } from '../FakeMemberDefinition';

/** Who a booking goes to: `organizer` decides offline-ness, `blocked` are the calendars it fills. */
export interface BookingMembers {
  organizer: FakeMemberDefinition;
  blocked: readonly FakeMemberDefinition[];
}

/**
 * Picks who takes a free slot. Round robin: among the free members (narrowed to
 * `likelyAvailableUserIds` when that leaves anyone), the next one in rotation after the last
 * assignment. Group: everyone, led by the organizer. Personal: the organizer.
 */
export function chooseBookingMembers(
  link: FakeLinkDefinition,
  free: readonly FakeMemberDefinition[],
  likelyAvailableUserIds: readonly string[],
  rotation: number,
): { members: BookingMembers; nextRotation: number } | undefined {
  const organizer = link.members[0];
  if (!organizer) return undefined;
  if (link.linkType === 'GROUP_CALENDAR') return { members: { organizer, blocked: link.members }, nextRotation: rotation };
  if (link.linkType !== 'ROUND_ROBIN_CALENDAR') return { members: { organizer, blocked: [organizer] }, nextRotation: rotation };
  const likely = free.filter((member) => likelyAvailableUserIds.includes(member.userId));
  const candidates = likely.length > 0 ? likely : free;
  const count = link.members.length;
  for (let step = 0; step < count; step += 1) {
    const index = (rotation + step) % count;
    const member = link.members[index] as FakeMemberDefinition;
    if (candidates.includes(member)) return { members: { organizer: member, blocked: [member] }, nextRotation: index + 1 };
  }
  return undefined;
}
