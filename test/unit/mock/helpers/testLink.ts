import type { WireLinkAvailability } from '../../../../src/api/wireTypes';
import type { FakeLinkDefinition } from '../../../../src/mock/FakeLinkDefinition';
import type { FakeMemberDefinition } from '../../../../src/mock/FakeMemberDefinition';

/** A member with a calendar and nothing booked, overridable. */
export function testMember(overrides: Partial<FakeMemberDefinition> = {}): FakeMemberDefinition {
  return {
    id: 'm1',
    userId: 'u1',
    firstName: 'Olive',
    lastName: 'Organizer',
    email: 'olive@example.com',
    calendarProvider: 'GOOGLE',
    ...overrides,
  };
}

/** A personal New York link, weekdays 9:00–17:00, 30 min, every 30 min, 2 weeks, overridable. */
export function testLink(overrides: Partial<FakeLinkDefinition> = {}): FakeLinkDefinition {
  return {
    slug: 'test',
    name: 'Test link',
    linkType: 'PERSONAL_LINK',
    organizerTimeZone: 'America/New_York',
    weeklyHours: {
      MONDAY: [{ start: 540, end: 1020 }],
      TUESDAY: [{ start: 540, end: 1020 }],
      WEDNESDAY: [{ start: 540, end: 1020 }],
      THURSDAY: [{ start: 540, end: 1020 }],
      FRIDAY: [{ start: 540, end: 1020 }],
    },
    durations: [1_800_000],
    startTimeIncrement: 'THIRTY',
    weeksToAdvertise: 2,
    members: [testMember()],
    ...overrides,
  };
}

/** The slot starts of one duration, as ISO strings (readable failures). */
export function startsOf(availability: WireLinkAvailability | undefined, durationMs: number): string[] {
  return (availability?.linkAvailabilityByDuration[String(durationMs)]?.availabilities ?? []).map((slot) =>
    new Date(slot.startMillisUtc).toISOString(),
  );
}

/** Starts on one UTC date ('2025-03-07'), for looking at a single day. */
export function startsOnUtcDate(starts: readonly string[], date: string): string[] {
  return starts.filter((start) => start.startsWith(date));
}

/** A valid book body for the test link; override what a test is about. */
export function bookBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug: 'test',
    firstName: 'Vera',
    lastName: 'Visitor',
    email: 'vera@example.org',
    startTime: 0,
    duration: 1_800_000,
    guestEmails: [],
    timezone: 'America/New_York',
    locale: 'en-us',
    formFields: [],
    legalConsentResponses: [],
    likelyAvailableUserIds: [],
    ...overrides,
  };
}
