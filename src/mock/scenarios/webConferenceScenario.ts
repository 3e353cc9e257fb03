import type { FakeScenario } from '../FakeScenario';
import { recurringBusy } from './recurringBusy';
import { weekdayHours } from './weekdayHours';

const zone = 'America/Toronto';

/** A video meeting: the booking answer carries a join link. */
export const webConferenceScenario: FakeScenario = {
  id: 'web-conference',
  title: 'Video meeting (join link)',
  group: 'Link types',
  description:
    'A personal link in Toronto whose bookings return a web conference URL, so the confirmation can offer a join link.',
  link: {
    slug: 'web-conference',
    name: 'Product walkthrough',
    linkType: 'PERSONAL_LINK',
    organizerTimeZone: zone,
    weeklyHours: weekdayHours([{ start: 570, end: 1050 }]),
    durations: [1_500_000, 3_000_000],
    startTimeIncrement: 'FIFTEEN',
    bufferMs: 300_000,
    weeksToAdvertise: 4,
    location: 'Video call',
    webConferenceUrl: 'https://meet.example.com/ms-demo-walkthrough',
    welcomeScreenInfo: { title: 'See the product live', description: 'A guided tour over video; bring your questions.' },
    branding: {
      primaryColor: '#0891b2',
      companyName: 'Tailspin Software',
      showMarketingAd: false,
      showSalesAd: false,
    },
    members: [
      {
        id: '8401',
        userId: '5400001',
        firstName: 'Hana',
        lastName: 'Kowalski',
        email: 'hana.kowalski@tailspin.example',
        calendarProvider: 'GOOGLE',
        busy: recurringBusy(zone, [{ days: ['WEDNESDAY'], start: 600, end: 780 }]),
      },
    ],
  },
};
