import type { FakeLinkDefinition } from '../../../src/mock/index';

/** The tests' "now": a week before London's and two before New York's 2025 fall-back. */
export const DST_NOW = Date.parse('2025-10-20T12:00:00Z');

/**
 * A link free every Sunday 00:00–08:00 UTC in half hours: across London's fall-back (26 October
 * 2025, 01:00 UTC) and New York's (2 November 2025, 06:00 UTC), so each repeated wall time is offered twice.
 */
export const dstLink: FakeLinkDefinition = {
  slug: 'dst',
  name: 'Night owls',
  linkType: 'PERSONAL_LINK',
  organizerTimeZone: 'UTC',
  weeklyHours: { SUNDAY: [{ start: 0, end: 480 }] },
  durations: [1_800_000],
  startTimeIncrement: 'THIRTY',
  weeksToAdvertise: 4,
  members: [{ id: '9901', userId: '5990001', firstName: 'Nia', lastName: 'Night', email: 'nia@example.com', calendarProvider: 'GOOGLE' }],
};
