// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { WireAvailabilityPage, WireBookingInfo } from '../../../src/api/wireTypes';
import { createFakeScheduler } from '../../../src/mock/createFakeScheduler';
import type { FakeLinkDefinition } from '../../../src/mock/FakeLinkDefinition';
import { startsOf, startsOnUtcDate, testLink } from './helpers/testLink';

const HOUR = 3_600_000;
const MIN = 60_000;

function page(link: FakeLinkDefinition, now: string, timezone = 'UTC', monthOffset = 0) {
  const scheduler = createFakeScheduler({ now: Date.parse(now), links: [link] });
  const response = scheduler.getAvailabilityPage(link.slug, { timezone, monthOffset });
  expect(response.status).toBe(200);
  return (response.body as WireAvailabilityPage).linkAvailability;
}

describe('weekly hours in the organizer zone', () => {
  it('keeps 9:00 New York at 9:00 across the March DST change (14:00Z before, 13:00Z after)', () => {
    const link = testLink({ startTimeIncrement: 'SIXTY', durations: [HOUR], weeksToAdvertise: 3 });
    const starts = startsOf(page(link, '2025-03-03T00:00:00Z', 'America/New_York'), HOUR);
    // Friday 7 March is EST (UTC-5); Monday 10 March is EDT (UTC-4), after the switch on the 9th.
    expect(startsOnUtcDate(starts, '2025-03-07')[0]).toBe('2025-03-07T14:00:00.000Z');
    expect(startsOnUtcDate(starts, '2025-03-10')[0]).toBe('2025-03-10T13:00:00.000Z');
    // 9:00 to 17:00 holds eight one-hour meetings on both sides of the change.
    expect(startsOnUtcDate(starts, '2025-03-07')).toHaveLength(8);
    expect(startsOnUtcDate(starts, '2025-03-10')).toHaveLength(8);
  });

  it('keeps 9:00 New York at 9:00 across the November DST change (13:00Z before, 14:00Z after)', () => {
    const link = testLink({ startTimeIncrement: 'SIXTY', durations: [HOUR] });
    const starts = startsOf(page(link, '2025-10-30T00:00:00Z', 'America/New_York', 1), HOUR);
    const october = startsOf(page(link, '2025-10-30T00:00:00Z', 'America/New_York', 0), HOUR);
    expect(startsOnUtcDate(october, '2025-10-31')[0]).toBe('2025-10-31T13:00:00.000Z');
    expect(startsOnUtcDate(starts, '2025-11-03')[0]).toBe('2025-11-03T14:00:00.000Z');
    expect(startsOnUtcDate(starts, '2025-11-03').at(-1)).toBe('2025-11-03T21:00:00.000Z');
  });

  it('offers nothing on days without hours (the weekend)', () => {
    const starts = startsOf(page(testLink(), '2025-10-08T00:00:00Z'), 30 * MIN);
    expect(startsOnUtcDate(starts, '2025-10-11')).toEqual([]);
    expect(startsOnUtcDate(starts, '2025-10-12')).toEqual([]);
    expect(startsOnUtcDate(starts, '2025-10-13').length).toBeGreaterThan(0);
  });

  it('reads several ranges on one day and never lets a slot run past its range', () => {
    const link = testLink({
      weeklyHours: { WEDNESDAY: [{ start: 540, end: 600 }, { start: 840, end: 885 }] },
      durations: [30 * MIN],
      startTimeIncrement: 'FIFTEEN',
    });
    const starts = startsOnUtcDate(startsOf(page(link, '2025-10-06T00:00:00Z'), 30 * MIN), '2025-10-08');
    // 9:00–10:00 EDT fits 9:00, 9:15, 9:30; 14:00–14:45 fits 14:00 and 14:15 only.
    expect(starts).toEqual([
      '2025-10-08T13:00:00.000Z',
      '2025-10-08T13:15:00.000Z',
      '2025-10-08T13:30:00.000Z',
      '2025-10-08T18:00:00.000Z',
      '2025-10-08T18:15:00.000Z',
    ]);
  });
});

describe('start time increments', () => {
  const oneMorning = { WEDNESDAY: [{ start: 540, end: 720 }] };
  const morningStarts = (link: FakeLinkDefinition, duration: number) =>
    startsOnUtcDate(startsOf(page(link, '2025-10-06T00:00:00Z'), duration), '2025-10-08').map((iso) => iso.slice(11, 16));

  it('FIFTEEN steps by 15 minutes', () => {
    const link = testLink({ weeklyHours: oneMorning, startTimeIncrement: 'FIFTEEN', durations: [HOUR] });
    expect(morningStarts(link, HOUR)).toEqual([
      '13:00', '13:15', '13:30', '13:45', '14:00', '14:15', '14:30', '14:45', '15:00',
    ]);
  });

  it('THIRTY steps by 30 minutes', () => {
    const link = testLink({ weeklyHours: oneMorning, startTimeIncrement: 'THIRTY', durations: [HOUR] });
    expect(morningStarts(link, HOUR)).toEqual(['13:00', '13:30', '14:00', '14:30', '15:00']);
  });

  it('MEETING_DURATION steps by each meeting length', () => {
    const link = testLink({ weeklyHours: oneMorning, startTimeIncrement: 'MEETING_DURATION', durations: [45 * MIN, HOUR] });
    expect(morningStarts(link, 45 * MIN)).toEqual(['13:00', '13:45', '14:30', '15:15']);
    expect(morningStarts(link, HOUR)).toEqual(['13:00', '14:00', '15:00']);
  });
});

describe('busy ranges and buffers', () => {
  const wednesday = { WEDNESDAY: [{ start: 540, end: 720 }] };
  // Busy 10:00–11:00 EDT on Wednesday 8 October 2025.
  const busy = [{ start: Date.parse('2025-10-08T14:00:00Z'), end: Date.parse('2025-10-08T15:00:00Z') }];
  const starts = (link: FakeLinkDefinition) =>
    startsOnUtcDate(startsOf(page(link, '2025-10-06T00:00:00Z'), 30 * MIN), '2025-10-08').map((iso) => iso.slice(11, 16));

  it('drops slots overlapping a busy range, keeping those that touch it', () => {
    const link = testLink({ weeklyHours: wednesday, startTimeIncrement: 'FIFTEEN', members: [{ ...testLink().members[0]!, busy }] });
    expect(starts(link)).toEqual(['13:00', '13:15', '13:30', '15:00', '15:15', '15:30']);
  });

  it('keeps the buffer free before and after a busy range', () => {
    const link = testLink({
      weeklyHours: wednesday,
      startTimeIncrement: 'FIFTEEN',
      bufferMs: 15 * MIN,
      members: [{ ...testLink().members[0]!, busy }],
    });
    expect(starts(link)).toEqual(['13:00', '13:15', '15:15', '15:30']);
  });
});

describe('the advertising window', () => {
  it('never offers a slot that starts before now plus the minimum notice', () => {
    const link = testLink({ startTimeIncrement: 'THIRTY', minimumNoticeMs: 2 * HOUR });
    // 11:10 EDT on Wednesday 8 October: with two hours' notice the first slot is 13:30.
    const starts = startsOf(page(link, '2025-10-08T15:10:00Z'), 30 * MIN);
    expect(starts[0]).toBe('2025-10-08T17:30:00.000Z');
  });

  it('excludes slots already past, even in the current month', () => {
    const starts = startsOf(page(testLink(), '2025-10-08T15:10:00Z'), 30 * MIN);
    expect(starts[0]).toBe('2025-10-08T15:30:00.000Z');
    expect(starts.every((start) => Date.parse(start) > Date.parse('2025-10-08T15:10:00Z'))).toBe(true);
  });

  it('stops weeksToAdvertise weeks after now', () => {
    const now = Date.parse('2025-10-01T12:00:00Z');
    const october = startsOf(page(testLink({ weeksToAdvertise: 1 }), '2025-10-01T12:00:00Z'), 30 * MIN);
    expect(Date.parse(october.at(-1)!)).toBeLessThan(now + 7 * 86_400_000);
    // Wednesday 8 October opens at 9:00 EDT, after the window closes at 8:00 EDT; Tuesday's last slot is 16:30.
    expect(october.at(-1)).toBe('2025-10-07T20:30:00.000Z');
  });

  it('uses the custom window when one is set', () => {
    const link = testLink({
      customAvailabilityStartDate: Date.parse('2025-12-01T05:00:00Z'),
      customAvailabilityEndDate: Date.parse('2025-12-03T05:00:00Z'),
    });
    const scheduler = createFakeScheduler({ now: Date.parse('2025-10-01T12:00:00Z'), links: [link] });
    const read = (monthOffset: number) =>
      (scheduler.getAvailabilityPage('test', { timezone: 'America/New_York', monthOffset }).body as WireAvailabilityPage)
        .linkAvailability;
    expect(startsOf(read(0), 30 * MIN)).toEqual([]);
    expect(read(0)?.hasMore).toBe(true);
    expect(read(1)?.hasMore).toBe(true);
    const december = startsOf(read(2), 30 * MIN);
    expect(december[0]).toBe('2025-12-01T14:00:00.000Z');
    expect(december.at(-1)).toBe('2025-12-02T21:30:00.000Z');
    expect(read(2)?.hasMore).toBe(false);
    const info = scheduler.getBookingInfo('test', { timezone: 'UTC' }).body as WireBookingInfo;
    expect(info.customParams.customAvailabilityStartDate).toBe(Date.parse('2025-12-01T05:00:00Z'));
  });
});

describe('months in the visitor zone', () => {
  // Friday 31 October 2025, 16:00 in New York = 20:00Z = Saturday 1 November 10:00 in Kiritimati (UTC+14).
  const lastEvening = '2025-10-31T20:00:00.000Z';
  const link = testLink({ startTimeIncrement: 'SIXTY', durations: [HOUR] });
  const now = '2025-10-27T12:00:00Z';

  it('puts the last evening of October in New York into November for a visitor in Kiritimati', () => {
    expect(startsOf(page(link, now, 'America/New_York', 0), HOUR)).toContain(lastEvening);
    expect(startsOf(page(link, now, 'America/New_York', 1), HOUR)).not.toContain(lastEvening);
    expect(startsOf(page(link, now, 'Pacific/Kiritimati', 0), HOUR)).not.toContain(lastEvening);
    const november = startsOf(page(link, now, 'Pacific/Kiritimati', 1), HOUR);
    expect(november).toContain(lastEvening);
    // The whole New York Friday (from 9:00 EDT = 13:00Z) is already Saturday in Kiritimati.
    expect(november[0]).toBe('2025-10-31T13:00:00.000Z');
  });

  it('splits months at midnight of the visitor zone (Pacific/Chatham, UTC+13:45)', () => {
    const october = startsOf(page(link, now, 'Pacific/Chatham', 0), HOUR);
    const november = startsOf(page(link, now, 'Pacific/Chatham', 1), HOUR);
    // Chatham midnight of 1 November is 2025-10-31T10:15Z.
    expect(october.every((start) => start < '2025-10-31T10:15')).toBe(true);
    expect(november.every((start) => start >= '2025-10-31T10:15')).toBe(true);
    expect(november[0]).toBe('2025-10-31T13:00:00.000Z');
  });

  it('says hasMore while advertisable days follow the month, and not after', () => {
    expect(page(link, now, 'America/New_York', 0)?.hasMore).toBe(true);
    expect(page(link, now, 'America/New_York', 1)?.hasMore).toBe(false);
    expect(page(link, now, 'America/New_York', 2)?.hasMore).toBe(false);
    expect(startsOf(page(link, now, 'America/New_York', 2), HOUR)).toEqual([]);
  });

  it('keys every offered duration by its milliseconds as a string', () => {
    const availability = page(testLink({ durations: [15 * MIN, HOUR] }), now);
    expect(Object.keys(availability?.linkAvailabilityByDuration ?? {})).toEqual(['900000', '3600000']);
    expect(availability?.linkAvailabilityByDuration['3600000']?.meetingDurationMillis).toBe(HOUR);
    for (const slot of availability?.linkAvailabilityByDuration['900000']?.availabilities ?? []) {
      expect(slot.endMillisUtc - slot.startMillisUtc).toBe(15 * MIN);
    }
  });
});
