import type { DayOfWeek } from './DayOfWeek';

/** Week info as engines expose it: Chrome/Node `weekInfo` (older) or `getWeekInfo()` (newer). */
interface LocaleWithWeekInfo extends Intl.Locale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

// CLDR's firstDay for regions that do not start on Monday, for engines without week info
// (Firefox). Everything else, like the CLDR default, starts on Monday.
const SUNDAY = new Set(
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(' '),
);
const SATURDAY = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

function fromRegion(region: string | undefined): DayOfWeek {
  if (!region) return 1;
  if (SUNDAY.has(region)) return 0;
  if (SATURDAY.has(region)) return 6;
  return region === 'MV' ? 5 : 1;
}

/**
 * The first day of the week in `locale` (0 = Sunday … 6 = Saturday): en-US → 0, en-GB and de-DE → 1,
 * ar-EG → 6. Uses Intl week info where the engine has it, else CLDR data for the locale's likely
 * region (`en` → US). A malformed locale gives Monday, the ISO default.
 */
export function getWeekStartsOn(locale: string): DayOfWeek {
  let intlLocale: LocaleWithWeekInfo;
  try {
    intlLocale = new Intl.Locale(locale) as LocaleWithWeekInfo;
  } catch {
    return 1;
  }
  try {
    const info = intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo;
    // Intl numbers days 1 (Monday) … 7 (Sunday).
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return (info.firstDay % 7) as DayOfWeek;
  } catch {
    // Fall through to the table.
  }
  return fromRegion(intlLocale.maximize().region);
}
