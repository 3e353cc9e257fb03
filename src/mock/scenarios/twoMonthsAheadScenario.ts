import { zonedDateKey, zonedWallTimeToUtc } from '../helpers/dateKeys';
import type { FakeScenario } from '../FakeScenario';
import { weekdayHours } from './weekdayHours';

const zone = 'Europe/Madrid';

/** Local midnight in Madrid on the same day of the month two months after "now" (clamped to that month's length). */
function twoMonthsFrom(now: number): number {
  const [year, month, day] = zonedDateKey(now, zone).split('-').map(Number) as [number, number, number];
  // Date.UTC normalizes month overflow; day 0 of the following month is the target month's last day.
  const lastDay = new Date(Date.UTC(year, month + 2, 0)).getUTCDate();
  const key = new Date(Date.UTC(year, month + 1, Math.min(day, lastDay))).toISOString().slice(0, 10);
  return zonedWallTimeToUtc(key, 0, zone);
}

/** Bookings open in two months (custom availability window), so the first months are empty. */
export const twoMonthsAheadScenario: FakeScenario = {
  id: 'two-months-ahead',
  title: 'Opens in two months',
  group: 'Availability',
  description:
    'A custom availability window that starts two months from today and lasts four weeks: the widget should open on the first month with a free slot, not on an empty one.',
  link: {
    slug: 'two-months-ahead',
    name: 'Summer workshop',
    linkType: 'PERSONAL_LINK',
    organizerTimeZone: zone,
    weeklyHours: weekdayHours([{ start: 600, end: 840 }], ['TUESDAY', 'WEDNESDAY', 'THURSDAY']),
    durations: [3_600_000],
    startTimeIncrement: 'SIXTY',
    weeksToAdvertise: 4,
    customAvailabilityStartDate: twoMonthsFrom,
    customAvailabilityEndDate: (now) => twoMonthsFrom(now) + 28 * 86_400_000,
    location: 'Calle de Alcalá 42, Madrid',
    welcomeScreenInfo: { title: 'Reserve a workshop seat', description: 'Sessions run for four weeks, starting in two months.' },
    branding: { primaryColor: '#b45309', companyName: 'Proseware Studio', showMarketingAd: false, showSalesAd: false },
    members: [
      {
        id: '8901',
        userId: '5900001',
        firstName: 'Lucía',
        lastName: 'Ortega',
        email: 'lucia.ortega@proseware.example',
        calendarProvider: 'GOOGLE',
      },
    ],
  },
};
