import type { WireBusyTime } from '../../api/wireTypes';
import type { FakeLinkDefinition } from '../FakeLinkDefinition';

/** What availability depends on at one moment: the link, the clock and everyone's busy times. */
export interface SlotRules {
  link: FakeLinkDefinition;
  /** Epoch ms of "now" for this call. */
  now: number;
  /** Every busy range of a user (calendar events, bookings made through the fake, occupied times). */
  busyOf(userId: string): readonly WireBusyTime[];
}
