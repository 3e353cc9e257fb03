import type { FakeScenario } from '../FakeScenario';
import { recurringBusy } from './recurringBusy';
import { weekdayHours } from './weekdayHours';

const zone = 'Europe/Berlin';

/** A panel interview: every member must be free, so busy calendars add up. */
export const groupCalendarScenario: FakeScenario = {
  id: 'group-calendar',
  title: 'Group calendar (all must attend)',
  group: 'Link types',
  description:
    'A group link in Berlin with three interviewers and two ranges a day (lunch in between); a time is offered only when all three are free. Slots step by the meeting length (45 min).',
  link: {
    slug: 'group-calendar',
    name: 'Panel interview',
    linkType: 'GROUP_CALENDAR',
    organizerTimeZone: zone,
    weeklyHours: weekdayHours(
      [
        { start: 540, end: 720 },
        { start: 780, end: 1020 },
      ],
      ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'],
    ),
    durations: [2_700_000],
    startTimeIncrement: 'MEETING_DURATION',
    weeksToAdvertise: 3,
    location: 'Room Ada, Berlin office',
    welcomeScreenInfo: { title: 'Meet the team', description: 'A 45 minute conversation with three future colleagues.' },
    branding: {
      primaryColor: '#5b3cc4',
      secondaryColor: '#efeafd',
      companyName: 'Contoso GmbH',
      companyDomain: 'contoso.example',
      showMarketingAd: false,
      showSalesAd: false,
    },
    members: [
      {
        id: '8201',
        userId: '5200001',
        firstName: 'Dana',
        lastName: 'Fischer',
        email: 'dana.fischer@contoso.example',
        calendarProvider: 'GOOGLE',
        busy: recurringBusy(zone, [{ days: ['MONDAY'], start: 540, end: 720 }]),
      },
      {
        id: '8202',
        userId: '5200002',
        firstName: 'Emre',
        lastName: 'Yilmaz',
        email: 'emre.yilmaz@contoso.example',
        calendarProvider: 'OFFICE365',
        busy: recurringBusy(zone, [{ days: ['TUESDAY', 'THURSDAY'], start: 840, end: 960 }]),
      },
      {
        id: '8203',
        userId: '5200003',
        firstName: 'Freya',
        lastName: 'Lund',
        email: 'freya.lund@contoso.example',
        calendarProvider: 'GOOGLE',
        busy: recurringBusy(zone, [{ days: ['WEDNESDAY'], start: 585, end: 675 }]),
      },
    ],
  },
};
