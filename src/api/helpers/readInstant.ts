import { isDateInstant } from './isDateInstant';
import { readNumber } from './readNumber';

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/**
 * An instant as epoch milliseconds UTC, from an ISO 8601 string (HubSpot sends `...Z`) or from
 * epoch milliseconds. A string without an offset is read as UTC, never in the process's zone,
 * so the result is the same on every machine. Impossible dates, and instants a `Date` cannot
 * hold (beyond ±8.64e15 ms), are absent.
 */
export function readInstant(value: unknown): number | undefined {
  const millis = readNumber(value);
  if (millis !== undefined) return isDateInstant(millis) ? millis : undefined;
  if (typeof value !== 'string') return undefined;
  const match = ISO_INSTANT.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = offsetMinutes(zone);
  if (Math.abs(offset) > 18 * 60) return undefined;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const instant = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
  return isDateInstant(instant) ? instant : undefined;
}
