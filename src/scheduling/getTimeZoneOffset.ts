import { cachedDateTimeFormat } from './cachedDateTimeFormat';

// Per zone rather than through the general cache alone: its key costs more than the format call
// when groupSlotsByDay bisects a transition (zoneOffsetSegmentAt). Bounded by the zones Intl knows:
// an invalid one throws before it is stored.
const formats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = cachedDateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/**
 * The offset of `timeZone` from UTC at the instant `at`, in milliseconds (local minus UTC, e.g.
 * +19_800_000 for Asia/Kolkata). Read from the wall-clock fields Intl reports, which every engine
 * supports, unlike the newer `longOffset` zone names. Throws a RangeError for an invalid zone.
 */
export function getTimeZoneOffset(timeZone: string, at: number): number {
  let year = 1970;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of wallClockFormat(timeZone).formatToParts(at)) {
    switch (part.type) {
      case 'era':
        bc = part.value.startsWith('B');
        break;
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour': // some engines print midnight as 24 even with h23
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
    }
  }
  const wall = new Date(0);
  wall.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  return wall.getTime() - Math.floor(at / 1000) * 1000;
}
