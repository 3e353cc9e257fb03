import type { BookingInfo, Member } from '../api/types';

/**
 * Who the visitor meets, as far as the booking info tells: the organizer of a personal link, every
 * member of a group link. A round-robin link assigns one member on the server and the booking
 * answer does not say who, so nobody is named rather than possibly the wrong person.
 */
export function organizerMembers(info: BookingInfo): Member[] {
  switch (info.linkType) {
    case 'PERSONAL_LINK':
      return info.members.slice(0, 1);
    case 'GROUP_CALENDAR':
      return info.members;
    default:
      return [];
  }
}
