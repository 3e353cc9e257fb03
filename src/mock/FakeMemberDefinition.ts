import type { WireBusyTime } from '../api/wireTypes';

/** A busy range list, or a function of "now" so a scenario stays realistic on a real clock. */
export type FakeBusyTimes = readonly WireBusyTime[] | ((now: number) => readonly WireBusyTime[]);

/** One person on a scheduling link, as the fake backend knows them. */
export interface FakeMemberDefinition {
  /** HubSpot's meetings-user id (`meetingsUser.id`). */
  id: string;
  /** HubSpot's user id (`meetingsUser.userId`); what `likelyAvailableUserIds` and busy state refer to. */
  userId: string;
  /** Given name shown in the header and the booking subject. */
  firstName: string;
  /** Family name. */
  lastName: string;
  /** The member's email (`userProfile.email`). */
  email: string;
  /** Calendar provider HubSpot reports; ignored when {@link isOffline} is true. */
  calendarProvider?: 'GOOGLE' | 'OFFICE365' | 'EXCHANGE' | 'UNKNOWN';
  /**
   * No calendar connected: HubSpot cannot create an event, so bookings assigned to this member
   * come back with `isOffline: true` and `calendarEventId: ""`.
   */
  isOffline?: boolean;
  /** HubSpot's `isSalesStarter` flag; only echoed. Default false. */
  isSalesStarter?: boolean;
  /** Existing calendar events in epoch ms (`[start, end)`); bookings made through the fake are added. */
  busy?: FakeBusyTimes;
}
