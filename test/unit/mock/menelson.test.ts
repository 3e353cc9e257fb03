// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { WireAvailabilityPage, WireBookingInfo } from '../../../src/api/wireTypes';
import { createScenarioScheduler } from '../../../src/mock/createScenarioScheduler';
import { bookingInfoFixture } from '../../../src/mock/fixtures/bookingInfoFixture';
import { wallClock } from '../../helpers/wallClock';
import { startsOf } from './helpers/testLink';

const DOC_NOW = Date.parse('2025-10-09T12:00:00Z');
const NY = 'America/New_York';
const fixtureStarts = (duration: number) => startsOf(bookingInfoFixture.linkAvailability, duration);
const info = (now: number, timezone = NY, monthOffset = 0) =>
  createScenarioScheduler({ now, scenarioIds: ['menelson'] }).getBookingInfo('menelson', { timezone, monthOffset })
    .body as WireBookingInfo;

describe('the menelson scenario (the guide’s sample)', () => {
  it('serves the guide’s booking info verbatim at 2025-10-09T12:00Z', () => {
    expect(info(DOC_NOW)).toEqual(bookingInfoFixture);
  });

  it('drops fixed slots once they are past, keeping the later ones', () => {
    // Between the 10 October slot (20:45Z) and the 13 October ones.
    const availability = info(Date.parse('2025-10-11T00:00:00Z')).linkAvailability;
    expect(startsOf(availability, 900_000)).toEqual(['2025-10-13T13:00:00.000Z']);
    expect(startsOf(availability, 3_600_000)).toEqual(fixtureStarts(3_600_000));
  });

  it('moves the slots forward by whole weeks, same weekday and New York wall time, once all are past', () => {
    const now = Date.parse('2026-03-20T12:00:00Z');
    const scheduler = createScenarioScheduler({ now, scenarioIds: ['menelson'] });
    const read = (monthOffset: number) =>
      (scheduler.getAvailabilityPage('menelson', { timezone: NY, monthOffset }).body as WireAvailabilityPage).linkAvailability;
    const shifted = [...startsOf(read(0), 3_600_000), ...startsOf(read(1), 3_600_000)];
    expect(shifted).toHaveLength(3);
    const wall = (iso: string) => wallClock(Date.parse(iso), NY, 'long');
    expect(shifted.map(wall)).toEqual(fixtureStarts(3_600_000).map(wall));
    expect(shifted.every((start) => Date.parse(start) > now)).toBe(true);
    // The fewest weeks: a week earlier the first one would still be past.
    expect(Date.parse(shifted[0]!) - 7 * 86_400_000).toBeLessThanOrEqual(now);
    const fifteen = [...startsOf(read(0), 900_000), ...startsOf(read(1), 900_000)];
    // 20:45Z on 10 October was 16:45 EDT; in March (EDT again after the 8th) it stays Friday 16:45.
    expect(wall(fifteen[0]!)).toBe('Friday 16:45');
  });

  it('applies booking rules to fixed slots: a booked slot and its buffer disappear, a second booking is refused', () => {
    const scheduler = createScenarioScheduler({ now: DOC_NOW, scenarioIds: ['menelson'] });
    const body = {
      slug: 'menelson',
      firstName: 'Melinda',
      lastName: 'Nelson',
      email: 'menelson@hubspot.com',
      startTime: 1760360400000,
      duration: 900_000,
      timezone: NY,
    };
    const booked = scheduler.book(body, { timezone: NY });
    expect(booked.status).toBe(200);
    expect(booked.body).toMatchObject({ isOffline: true, calendarEventId: '', start: '2025-10-13T13:00:00Z' });
    expect(scheduler.book(body).status).toBe(409);
    const after = scheduler.getBookingInfo('menelson', { timezone: NY }).body as WireBookingInfo;
    // 13:00–13:15 is booked and 15 minutes of buffer follow, so 13:15 (30 min) goes as well; 13:30 (60 min) stays.
    expect(startsOf(after.linkAvailability, 1_800_000)).toEqual([]);
    expect(startsOf(after.linkAvailability, 3_600_000)).toEqual(['2025-10-13T13:30:00.000Z']);
  });

  it('groups shifted fixed slots by the visitor’s month, across the November DST change', () => {
    // Three weeks on: Friday 31 October 16:45 EDT (20:45Z) and Monday 3 November 9:00 EST (14:00Z, not 13:00Z).
    const now = Date.parse('2025-10-25T00:00:00Z');
    expect(startsOf(info(now, NY, 0).linkAvailability, 900_000)).toEqual(['2025-10-31T20:45:00.000Z']);
    expect(info(now, NY, 0).linkAvailability?.hasMore).toBe(true);
    expect(startsOf(info(now, NY, 1).linkAvailability, 900_000)).toEqual(['2025-11-03T14:00:00.000Z']);
    // In Kiritimati (UTC+14) the Friday evening is already Saturday 1 November.
    expect(startsOf(info(now, 'Pacific/Kiritimati', 0).linkAvailability, 900_000)).toEqual([]);
    expect(startsOf(info(now, 'Pacific/Kiritimati', 1).linkAvailability, 900_000)).toEqual([
      '2025-10-31T20:45:00.000Z',
      '2025-11-03T14:00:00.000Z',
    ]);
  });
});
