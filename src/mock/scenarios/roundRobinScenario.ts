import type { FakeScenario } from '../FakeScenario';
import { recurringBusy } from './recurringBusy';
import { weekdayHours } from './weekdayHours';

const zone = 'America/Chicago';

/** Three sales reps sharing a link: a time is offered while any of them is free. */
export const roundRobinScenario: FakeScenario = {
  id: 'round-robin',
  title: 'Round robin (3 reps)',
  group: 'Link types',
  description:
    'A round-robin link in Chicago: three members with different busy calendars; a time is offered when any one of them is free, and each booking goes to the next free rep in turn.',
  link: {
    slug: 'round-robin',
    name: 'Talk to sales',
    linkType: 'ROUND_ROBIN_CALENDAR',
    organizerTimeZone: zone,
    weeklyHours: weekdayHours([{ start: 480, end: 1020 }]),
    durations: [1_800_000, 3_600_000],
    startTimeIncrement: 'THIRTY',
    bufferMs: 600_000,
    weeksToAdvertise: 8,
    ownerPrioritized: false,
    location: 'Phone call',
    welcomeScreenInfo: {
      title: 'Talk to our sales team',
      description: 'Pick a time and one of our three product specialists will call you.',
    },
    displayInfo: { publicDisplayAvatarOption: 'COMPANY_LOGO', companyAvatar: null },
    branding: {
      primaryColor: '#0b6e4f',
      secondaryColor: '#e6f4ef',
      accentColor: '#0b6e4f',
      companyName: 'Northwind Traders',
      companyDomain: 'northwind.example',
      logoAltText: 'Northwind Traders',
      showMarketingAd: false,
      showSalesAd: false,
    },
    members: [
      {
        id: '8101',
        userId: '5100001',
        firstName: 'Avery',
        lastName: 'Chen',
        email: 'avery.chen@northwind.example',
        calendarProvider: 'GOOGLE',
        busy: recurringBusy(zone, [{ days: ['MONDAY', 'WEDNESDAY'], start: 540, end: 720 }]),
      },
      {
        id: '8102',
        userId: '5100002',
        firstName: 'Bruno',
        lastName: 'Díaz',
        email: 'bruno.diaz@northwind.example',
        calendarProvider: 'OFFICE365',
        busy: recurringBusy(zone, [{ days: ['TUESDAY', 'THURSDAY'], start: 780, end: 1020 }]),
      },
      {
        id: '8103',
        userId: '5100003',
        firstName: 'Chidi',
        lastName: 'Okafor',
        email: 'chidi.okafor@northwind.example',
        calendarProvider: 'EXCHANGE',
        busy: recurringBusy(zone, [
          { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], start: 720, end: 780 },
          { days: ['FRIDAY'], start: 480, end: 720 },
        ]),
      },
    ],
  },
};
