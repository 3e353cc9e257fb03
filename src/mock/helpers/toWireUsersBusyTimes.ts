import type { WireUserBusyTimes } from '../../api/wireTypes';
import type { SlotRules } from './SlotRules';

/**
 * `allUsersBusyTimes`: each member with their profile and busy ranges (bookings included). Ranges
 * already over are left out, as they cannot affect a slot the widget could offer.
 */
export function toWireUsersBusyTimes(rules: SlotRules): WireUserBusyTimes[] {
  return rules.link.members.map((member) => ({
    isOffline: member.isOffline ?? false,
    meetingsUser: {
      id: member.id,
      userId: member.userId,
      isSalesStarter: member.isSalesStarter ?? false,
      userProfile: {
        firstName: member.firstName,
        lastName: member.lastName,
        email: member.email,
        fullName: `${member.firstName} ${member.lastName}`.trim(),
      },
      calendarProvider: member.calendarProvider ?? 'GOOGLE',
    },
    busyTimes: rules
      .busyOf(member.userId)
      .filter((busy) => busy.end > rules.now)
      .map((busy) => ({ start: busy.start, end: busy.end }))
      .sort((a, b) => a.start - b.start),
  }));
}
