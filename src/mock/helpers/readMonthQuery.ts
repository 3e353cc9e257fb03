import type { FakeMonthQuery, FakeResponse } from '../FakeScheduler';
import { validationError } from './hubspotErrors';

/** Whether the runtime knows an IANA zone name. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone (default UTC) and month offset (default 0) of a month query, or the 400 HubSpot would send. */
export function readMonthQuery(
  query: FakeMonthQuery,
): { ok: true; timezone: string; monthOffset: number } | { ok: false; response: FakeResponse } {
  const timezone = query.timezone === undefined || query.timezone === '' ? 'UTC' : query.timezone;
  if (!isKnownTimeZone(timezone)) {
    return { ok: false, response: validationError([{ in: 'timezone', code: 'INVALID_TIMEZONE', message: `Unknown time zone "${timezone}".` }]) };
  }
  const raw = query.monthOffset;
  const monthOffset = raw === undefined || raw === '' ? 0 : Number(raw);
  if (!Number.isInteger(monthOffset) || monthOffset < 0 || monthOffset > 120) {
    return {
      ok: false,
      response: validationError([{ in: 'monthOffset', code: 'INVALID_MONTH_OFFSET', message: 'monthOffset must be a whole number from 0.' }]),
    };
  }
  return { ok: true, timezone, monthOffset };
}
