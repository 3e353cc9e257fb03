import type { WireDurationAvailability } from '../../api/wireTypes';
import type { FakeScenario } from '../FakeScenario';
import { bookingInfoFixture } from '../fixtures/bookingInfoFixture';

const fixture = bookingInfoFixture;
const params = fixture.customParams;
const organizer = fixture.allUsersBusyTimes[0]?.meetingsUser;

/**
 * The guide's personal link, built from its booking-info sample so that at 2025-10-09T12:00Z the
 * fake serves that sample verbatim. Its slots are the sample's fixed ones: on a real clock, where
 * they are long past, the fake moves them forward by whole weeks (same weekday and New York wall
 * time) so the scenario stays bookable.
 */
export const menelsonScenario: FakeScenario = {
  id: 'menelson',
  title: 'Documentation sample (personal link)',
  group: 'Link types',
  description:
    "HubSpot's own booking-info example: a personal link in New York with 15, 30 and 60 minute meetings, fixed slots and an organizer without a connected calendar (bookings are offline).",
  link: {
    slug: 'menelson',
    linkId: fixture.linkId,
    name: 'Sales Pro Demo',
    linkType: 'PERSONAL_LINK',
    organizerTimeZone: 'America/New_York',
    weeklyHours: {
      MONDAY: [{ start: 540, end: 1020 }],
      TUESDAY: [{ start: 540, end: 1020 }],
      WEDNESDAY: [{ start: 540, end: 1020 }],
      THURSDAY: [{ start: 540, end: 1020 }],
      FRIDAY: [{ start: 540, end: 1020 }],
    },
    durations: [900_000, 1_800_000, 3_600_000],
    startTimeIncrement: 'FIFTEEN',
    bufferMs: 900_000,
    weeksToAdvertise: 2,
    ownerPrioritized: false,
    legalConsentEnabled: params.legalConsentEnabled ?? false,
    ...(params.legalConsentOptions ? { legalConsentOptions: params.legalConsentOptions } : {}),
    formFields: [],
    guestSettings: { canAddGuests: false, maxGuestCount: 0 },
    ...(params.displayInfo ? { displayInfo: params.displayInfo } : {}),
    ...(fixture.brandingMetadata ? { branding: fixture.brandingMetadata } : {}),
    members: [
      {
        id: organizer?.id ?? '123456',
        userId: organizer?.userId ?? '271921',
        firstName: 'John',
        lastName: 'Doe',
        email: 'jdoe@example.com',
        calendarProvider: 'GOOGLE',
        isOffline: true,
        isSalesStarter: true,
        busy: [],
      },
    ],
    defaultLink: true,
    createdAt: '2024-09-13T18:05:08.797Z',
    fixedSlots: fixture.linkAvailability?.linkAvailabilityByDuration as Record<string, WireDurationAvailability>,
  },
};
