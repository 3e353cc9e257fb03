import { getTimeZoneOffset } from './getTimeZoneOffset';

/**
 * The offset of `timeZone` at `at` as `GMT±hh:mm`: 'GMT-05:00', 'GMT+05:45', 'GMT+00:00'. Always
 * this fixed, language-neutral form, so a list of zones lines up and sorts by eye.
 */
export function formatUtcOffset(timeZone: string, at: number): string {
  const minutes = Math.round(getTimeZoneOffset(timeZone, at) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `GMT${sign}${hh}:${mm}`;
}
