import { cachedDateTimeFormat } from '../../scheduling/cachedDateTimeFormat';

const OFFSET_NAME = /^(?:GMT|UTC)(?:[+\-\u2212]|$)/;

function intlName(timeZone: string, locale: string, style: 'longGeneric' | 'long', at: number): string | undefined {
  try {
    const name = cachedDateTimeFormat(locale, { timeZone, timeZoneName: style })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    // 'GMT+05:45' says nothing a visitor would recognise; the offset is shown separately anyway.
    return name && !OFFSET_NAME.test(name) ? name : undefined;
  } catch {
    return undefined; // `longGeneric` is missing in older engines.
  }
}

/**
 * A zone's name for people, at the instant `at` (names change with history): 'Eastern Time',
 * 'India Standard Time', 'Coordinated Universal Time'. The generic name when Intl has one, else the
 * specific one, else the city from the zone id ('America/Port_of_Spain' → 'Port of Spain').
 */
export function formatTimeZoneName(timeZone: string, locale: string, at: number): string {
  return (
    intlName(timeZone, locale, 'longGeneric', at) ??
    intlName(timeZone, locale, 'long', at) ??
    timeZone.slice(timeZone.lastIndexOf('/') + 1).replace(/_/g, ' ')
  );
}
