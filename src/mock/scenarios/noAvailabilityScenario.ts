import type { FakeScenario } from '../FakeScenario';
import { weekdayHours } from './weekdayHours';

const DAY_MS = 86_400_000;

/** A fully booked organizer: nothing to offer in any month. */
export const noAvailabilityScenario: FakeScenario = {
  id: 'no-availability',
  title: 'No availability',
  group: 'Availability',
  description: 'The organizer is booked solid for the whole advertised window: every month is empty and hasMore is false.',
  link: {
    slug: 'no-availability',
    name: 'Office hours',
    linkType: 'PERSONAL_LINK',
    organizerTimeZone: 'America/New_York',
    weeklyHours: weekdayHours([{ start: 540, end: 1020 }]),
    durations: [1_800_000],
    startTimeIncrement: 'THIRTY',
    weeksToAdvertise: 4,
    branding: { primaryColor: '#475569', companyName: 'Litware Inc.', showMarketingAd: false, showSalesAd: false },
    members: [
      {
        id: '8801',
        userId: '5800001',
        firstName: 'Kofi',
        lastName: 'Mensah',
        email: 'kofi.mensah@litware.example',
        calendarProvider: 'GOOGLE',
        // One long block, as a vacation or a calendar full of all-day events looks to HubSpot.
        busy: (now) => [{ start: now - DAY_MS, end: now + 60 * DAY_MS }],
      },
    ],
  },
};
