/**
 * Zones offered first in the time zone control: the ones the scenarios are about (New York for
 * the documentation's sample, Kolkata for its half-hour offset, Auckland/Chatham for date-line and
 * 45-minute cases) plus the usual suspects. Any other IANA zone can be typed in.
 */
export const commonTimeZones: readonly string[] = [
  'UTC',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Africa/Cairo',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Pacific/Chatham',
];
