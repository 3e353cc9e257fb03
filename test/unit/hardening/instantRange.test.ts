// @vitest-environment node
// Issue 13 item 2: instants a Date cannot hold (or far outside any booking window) are dropped by
// the parsers, and a booking that went through always gives a result the confirmation can show.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInstant } from '../../../src/api/helpers/readInstant';
import { parseTimeSlots } from '../../../src/api/helpers/parseTimeSlots';
import { parseBookingInfo } from '../../../src/api/parseBookingInfo';
import { parseBookingResult } from '../../../src/api/parseBookingResult';
import { readHubSpotFixture } from '../api/readHubSpotFixture';

const MAX_DATE = 8.64e15;
const valid = { start: Date.UTC(2026, 2, 2, 15), end: Date.UTC(2026, 2, 2, 15, 30) };

describe('instants outside what a Date holds', () => {
  it('readInstant drops epoch ms beyond ±8.64e15 and keeps the edges', () => {
    expect(readInstant(MAX_DATE + 1)).toBeUndefined();
    expect(readInstant(-MAX_DATE - 1)).toBeUndefined();
    expect(readInstant(String(MAX_DATE + 1))).toBeUndefined();
    expect(readInstant(MAX_DATE)).toBe(MAX_DATE);
    expect(readInstant(valid.start)).toBe(valid.start);
  });

  it('parseTimeSlots keeps only slots inside the sane window', () => {
    const slots = parseTimeSlots(
      [
        { startMillisUtc: valid.start, endMillisUtc: valid.end },
        { startMillisUtc: MAX_DATE, endMillisUtc: MAX_DATE + 1_800_000 },
        { startMillisUtc: MAX_DATE - 1_800_000, endMillisUtc: MAX_DATE },
        { startMillisUtc: -1_800_000_000_000_000, endMillisUtc: -1_700_000_000_000_000 },
        { startMillisUtc: Date.UTC(9999, 0, 1), endMillisUtc: Date.UTC(9999, 0, 1, 1) },
      ],
      'startMillisUtc',
      'endMillisUtc',
    );
    expect(slots).toEqual([valid]);
    for (const slot of slots) expect(() => new Date(slot.end).toISOString()).not.toThrow();
  });

  it('booking info with one slot at 8.64e15 among valid ones keeps the valid ones', () => {
    const json = readHubSpotFixture('booking-info');
    const availability = json.linkAvailability as { linkAvailabilityByDuration: Record<string, { availabilities: unknown[] }> };
    const blocks = Object.values(availability.linkAvailabilityByDuration);
    const before = blocks.reduce((sum, block) => sum + block.availabilities.length, 0);
    blocks[0]!.availabilities.push({ startMillisUtc: 8.64e15, endMillisUtc: 8.64e15 + 1 });
    const info = parseBookingInfo(json);
    const slots = Object.values(info.availability.slotsByDuration).flat();
    expect(slots.length).toBe(before);
    for (const slot of slots) expect(Number.isFinite(new Date(slot.start).getTime())).toBe(true);
  });
});

describe('any numbers as slot times', () => {
  it('give only slots every date function can take', () => {
    const instant = fc.oneof(fc.double(), fc.integer(), fc.integer({ min: -9e15, max: 9e15 }), fc.constantFrom(8.64e15, 8.64e15 + 1, -8.64e15 - 1));
    fc.assert(
      fc.property(fc.array(fc.record({ start: instant, end: instant }), { maxLength: 8 }), (items) => {
        for (const slot of parseTimeSlots(items, 'start', 'end')) {
          expect(() => new Intl.DateTimeFormat('en-US', { timeZone: 'Pacific/Kiritimati', dateStyle: 'full' }).format(slot.start)).not.toThrow();
          expect(new Date(slot.end).toISOString()).toMatch(/^\d{4}-/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a booking that went through', () => {
  const requested = { startTime: valid.start, duration: 1_800_000, timezone: 'America/New_York' };

  it('with start 8640000000000001 still parses, times from the request', () => {
    const json = { ...readHubSpotFixture('book-response'), start: 8640000000000001 };
    const result = parseBookingResult(json, requested);
    expect(result.start).toBe(valid.start);
    expect(result.end).toBe(valid.start + 1_800_000);
    expect(result.subject).toBe('Event Subject');
  });

  it('with a body that is not an object parses as an offline booking of the requested time', () => {
    for (const body of [undefined, null, 'ok', 42, []]) {
      const result = parseBookingResult(body, requested);
      expect(result).toMatchObject({ start: valid.start, end: valid.start + 1_800_000, isOffline: true, bookingTimezone: 'America/New_York' });
    }
  });
});
