import { describe, expect, it } from 'vitest';
import { zonedTimeToInstant } from '../../../src/scheduling/zonedTimeToInstant';

const at = (iso: string) => Date.parse(iso);

describe('zonedTimeToInstant', () => {
  it('reads a wall time with the zone offset in force then', () => {
    expect(zonedTimeToInstant('2025-10-13', 9 * 60, 'America/New_York')).toBe(at('2025-10-13T13:00:00Z'));
    expect(zonedTimeToInstant('2025-01-13', 9 * 60, 'America/New_York')).toBe(at('2025-01-13T14:00:00Z'));
    expect(zonedTimeToInstant('2025-06-01', 10 * 60 + 30, 'Asia/Kolkata')).toBe(at('2025-06-01T05:00:00Z'));
    // Chatham: +13:45 in its summer, so local midnight is the previous day in UTC.
    expect(zonedTimeToInstant('2025-01-10', 0, 'Pacific/Chatham')).toBe(at('2025-01-09T10:15:00Z'));
  });

  it('lets minutes run past the day: 1440 is the next midnight', () => {
    expect(zonedTimeToInstant('2025-10-13', 1440, 'Europe/Paris')).toBe(
      zonedTimeToInstant('2025-10-14', 0, 'Europe/Paris'),
    );
    expect(zonedTimeToInstant('2025-10-13', 1440, 'Europe/Paris')).toBe(at('2025-10-13T22:00:00Z'));
  });

  it('gives the earlier instant of a wall time that happens twice', () => {
    // New York falls back at 02:00 EDT on 2025-11-02: 01:30 happens in EDT, then in EST.
    expect(zonedTimeToInstant('2025-11-02', 90, 'America/New_York')).toBe(at('2025-11-02T05:30:00Z'));
  });

  it('reads a wall time skipped by the spring jump with the offset after it', () => {
    // New York springs from 02:00 EST to 03:00 EDT on 2025-03-09: 02:30 does not exist.
    expect(zonedTimeToInstant('2025-03-09', 150, 'America/New_York')).toBe(at('2025-03-09T06:30:00Z'));
    // Either side of the gap stays exact.
    expect(zonedTimeToInstant('2025-03-09', 119, 'America/New_York')).toBe(at('2025-03-09T06:59:00Z'));
    expect(zonedTimeToInstant('2025-03-09', 180, 'America/New_York')).toBe(at('2025-03-09T07:00:00Z'));
  });

  it('rejects a bad zone or date key', () => {
    expect(() => zonedTimeToInstant('2025-10-13', 0, 'Mars/Olympus')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2025-02-30', 0, 'UTC')).toThrow(RangeError);
  });
});
