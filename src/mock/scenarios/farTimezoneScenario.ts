import type { FakeScenario } from '../FakeScenario';
import { recurringBusy } from './recurringBusy';
import { weekdayHours } from './weekdayHours';

const zone = 'Asia/Tokyo';

/** An organizer in Tokyo: for a visitor in the Americas, their working day falls on the previous evening. */
export const farTimezoneScenario: FakeScenario = {
  id: 'far-timezone',
  title: 'Organizer in Tokyo',
  group: 'Availability',
  description:
    "A personal link with Tokyo hours (10:00–18:00, Mon–Fri). Seen from the Americas, the slots move to the previous day's evening, and a Monday in Tokyo shows up on Sunday.",
  link: {
    slug: 'far-timezone',
    name: 'Partnership call',
    linkType: 'PERSONAL_LINK',
    organizerTimeZone: zone,
    weeklyHours: weekdayHours([{ start: 600, end: 1080 }]),
    durations: [1_800_000],
    startTimeIncrement: 'THIRTY',
    weeksToAdvertise: 4,
    location: 'Microsoft Teams',
    welcomeScreenInfo: { title: 'Partnership call', description: 'Times are shown in your own time zone.' },
    branding: { primaryColor: '#db2777', companyName: 'Fourth Coffee K.K.', showMarketingAd: false, showSalesAd: false },
    members: [
      {
        id: '9001',
        userId: '6000001',
        firstName: 'Mei',
        lastName: 'Tanaka',
        email: 'mei.tanaka@fourthcoffee.example',
        calendarProvider: 'OFFICE365',
        busy: recurringBusy(zone, [{ days: ['MONDAY'], start: 600, end: 720 }]),
      },
    ],
  },
};
