import type { FakeScenario } from '../FakeScenario';
import { weekdayHours } from './weekdayHours';

/** An organizer with no calendar connected: bookings are "requested", not calendar events. */
export const offlineOrganizerScenario: FakeScenario = {
  id: 'offline-organizer',
  title: 'Offline organizer (no calendar)',
  group: 'Link types',
  description:
    'A personal link in London whose organizer has no calendar connected: the booking comes back offline (isOffline true, no calendar event), so the confirmation says "Meeting requested".',
  link: {
    slug: 'offline-organizer',
    name: 'Consultation',
    linkType: 'PERSONAL_LINK',
    organizerTimeZone: 'Europe/London',
    weeklyHours: weekdayHours([{ start: 600, end: 960 }]),
    durations: [1_200_000, 2_400_000],
    startTimeIncrement: 'TWENTY',
    weeksToAdvertise: 3,
    location: 'Office, 10 Market Street, London',
    welcomeScreenInfo: { title: 'Book a consultation', description: 'Gabriel will confirm by email.' },
    branding: {
      primaryColor: '#c2410c',
      companyName: 'Fabrikam Legal',
      showMarketingAd: false,
      showSalesAd: false,
    },
    members: [
      {
        id: '8301',
        userId: '5300001',
        firstName: 'Gabriel',
        lastName: 'Moreau',
        email: 'gabriel.moreau@fabrikam.example',
        calendarProvider: 'UNKNOWN',
        isOffline: true,
      },
    ],
  },
};
