// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatUtcOffset } from '../../../src/scheduling/formatUtcOffset';
import { getTimeZoneOffset } from '../../../src/scheduling/getTimeZoneOffset';

const JAN = Date.parse('2025-01-15T12:00:00Z');
const JUL = Date.parse('2025-07-15T12:00:00Z');

describe('formatUtcOffset', () => {
  it.each([
    ['America/New_York', 'GMT-05:00', 'GMT-04:00'],
    ['Europe/London', 'GMT+00:00', 'GMT+01:00'],
    ['Asia/Kolkata', 'GMT+05:30', 'GMT+05:30'],
    ['Asia/Kathmandu', 'GMT+05:45', 'GMT+05:45'],
    ['Pacific/Chatham', 'GMT+13:45', 'GMT+12:45'],
    ['Pacific/Kiritimati', 'GMT+14:00', 'GMT+14:00'],
    ['America/St_Johns', 'GMT-03:30', 'GMT-02:30'],
    ['UTC', 'GMT+00:00', 'GMT+00:00'],
  ])('%s is %s in January and %s in July', (zone, january, july) => {
    expect(formatUtcOffset(zone, JAN)).toBe(january);
    expect(formatUtcOffset(zone, JUL)).toBe(july);
  });

  it('switches at the exact DST instant', () => {
    const start = Date.parse('2025-03-09T07:00:00Z'); // 02:00 EST → 03:00 EDT
    expect(formatUtcOffset('America/New_York', start - 1)).toBe('GMT-05:00');
    expect(formatUtcOffset('America/New_York', start)).toBe('GMT-04:00');
    const end = Date.parse('2025-10-26T01:00:00Z'); // 02:00 BST → 01:00 GMT
    expect(formatUtcOffset('Europe/London', end - 1)).toBe('GMT+01:00');
    expect(formatUtcOffset('Europe/London', end)).toBe('GMT+00:00');
  });
});

describe('getTimeZoneOffset', () => {
  it('gives local minus UTC in milliseconds, including at midnight and for millisecond instants', () => {
    expect(getTimeZoneOffset('Asia/Kathmandu', JAN + 123)).toBe(20_700_000);
    expect(getTimeZoneOffset('America/New_York', Date.parse('2025-10-10T04:00:00Z'))).toBe(-14_400_000);
    expect(getTimeZoneOffset('UTC', Date.parse('2025-10-10T00:00:00Z'))).toBe(0);
  });
});
