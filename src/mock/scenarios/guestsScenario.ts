import type { FakeScenario } from '../FakeScenario';
import { weekdayHours } from './weekdayHours';

/** A link that lets the visitor bring up to three colleagues. */
export const guestsScenario: FakeScenario = {
  id: 'guests',
  title: 'Guests (up to 3)',
  group: 'Forms & consent',
  description: 'A personal link in Paris that accepts up to three guest emails; a fourth must be refused.',
  link: {
    slug: 'guests',
    name: 'Team demo',
    linkType: 'PERSONAL_LINK',
    organizerTimeZone: 'Europe/Paris',
    weeklyHours: weekdayHours([
      { start: 540, end: 750 },
      { start: 840, end: 1080 },
    ]),
    durations: [1_800_000, 3_600_000],
    startTimeIncrement: 'THIRTY',
    weeksToAdvertise: 3,
    guestSettings: { canAddGuests: true, maxGuestCount: 3 },
    location: 'Google Meet',
    welcomeScreenInfo: { title: 'Bring your team', description: 'Invite up to three colleagues to the demo.' },
    branding: { primaryColor: '#15803d', companyName: 'Wide World Importers', showMarketingAd: false, showSalesAd: false },
    members: [
      {
        id: '8701',
        userId: '5700001',
        firstName: 'Léa',
        lastName: 'Martin',
        email: 'lea.martin@wideworld.example',
        calendarProvider: 'GOOGLE',
      },
    ],
  },
};
