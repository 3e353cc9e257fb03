// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WireBookingInfo, WireLinkAvailability, WireMeetingLinksPage } from '../../../src/api/wireTypes';
import { createScenarioScheduler } from '../../../src/mock/createScenarioScheduler';
import { failureVariants } from '../../../src/mock/failureVariants';
import type { ScenarioId } from '../../../src/mock/ScenarioId';
import { scenarios } from '../../../src/mock/scenarios';
import { wallClock } from '../../helpers/wallClock';

const NOW = Date.parse('2025-10-09T12:00:00Z');
const ids = Object.keys(scenarios) as ScenarioId[];
const allStarts = (availability: WireLinkAvailability | undefined) =>
  Object.values(availability?.linkAvailabilityByDuration ?? {}).flatMap((group) =>
    group.availabilities.map((slot) => slot.startMillisUtc),
  );
const infoOf = (id: ScenarioId, now = NOW, timezone = 'America/New_York', monthOffset = 0) =>
  createScenarioScheduler({ now }).getBookingInfo(id, { timezone, monthOffset }).body as WireBookingInfo;

describe('scenarios', () => {
  it('include every scenario the gallery and tests name, each served under its id', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'menelson', 'round-robin', 'group-calendar', 'offline-organizer', 'consent-required', 'custom-fields',
        'guests', 'no-availability', 'two-months-ahead', 'far-timezone', 'web-conference',
      ]),
    );
    const scheduler = createScenarioScheduler({ now: NOW });
    for (const id of ids) {
      expect(scenarios[id].id).toBe(id);
      expect(scenarios[id].link.slug).toBe(id);
      expect(['Link types', 'Forms & consent', 'Availability']).toContain(scenarios[id].group);
      expect(scheduler.getBookingInfo(id, { timezone: 'UTC' }).status).toBe(200);
    }
  });

  it('each have their own primary colour, one of them light', () => {
    const colours = ids.map((id) => infoOf(id).brandingMetadata?.primaryColor);
    expect(new Set(colours).size).toBe(ids.length);
    expect(colours).toContain('#ebb70e');
  });

  it('are listed by the link list call, filterable by type', () => {
    const scheduler = createScenarioScheduler({ now: NOW });
    const all = scheduler.listMeetingLinks({ limit: 100 }).body as WireMeetingLinksPage;
    expect(all.results.map((link) => link.slug)).toEqual(ids);
    const roundRobin = scheduler.listMeetingLinks({ type: 'ROUND_ROBIN_CALENDAR' }).body as WireMeetingLinksPage;
    expect(roundRobin.results.map((link) => link.slug)).toEqual(['round-robin']);
    expect(roundRobin.results[0]?.userIdsOfLinkMembers).toHaveLength(3);
  });

  it('round robin has three members with different busy calendars and ownerPrioritized false', () => {
    const info = infoOf('round-robin');
    expect(info.linkType).toBe('ROUND_ROBIN_CALENDAR');
    expect(info.customParams.ownerPrioritized).toBe(false);
    const busy = info.allUsersBusyTimes.map((user) => JSON.stringify(user.busyTimes));
    expect(busy).toHaveLength(3);
    expect(new Set(busy).size).toBe(3);
    expect(allStarts(info.linkAvailability).length).toBeGreaterThan(0);
  });

  it('consent-required carries HTML consent texts with hostile markup and a required processing checkbox', () => {
    const options = infoOf('consent-required').customParams.legalConsentOptions;
    const texts = [options?.communicationConsentText, options?.processingConsentText, options?.privacyPolicyText].join('');
    for (const part of ['<p>', '<a href=', '<strong>', 'onerror=', '<script>']) expect(texts).toContain(part);
    expect(options?.processingConsentType).toBe('REQUIRED_CHECKBOX');
    expect(options?.processingConsentCheckboxLabel).toBeTruthy();
    expect(options?.communicationConsentCheckboxes?.map((box) => box.required)).toEqual([true, false]);
  });

  it('custom-fields asks every field type, with unsorted options and a hidden one', () => {
    const fields = infoOf('custom-fields').customParams.formFields ?? [];
    expect(new Set(fields.map((field) => field.fieldType))).toEqual(
      new Set(['text', 'textarea', 'number', 'date', 'phonenumber', 'select', 'radio', 'checkbox', 'booleancheckbox']),
    );
    const checkbox = fields.find((field) => field.fieldType === 'checkbox');
    const orders = checkbox?.options?.map((option) => option.displayOrder) ?? [];
    expect(orders).not.toEqual([...orders].sort((a = 0, b = 0) => a - b));
    expect(checkbox?.options?.some((option) => option.hidden)).toBe(true);
    expect(fields.filter((field) => field.isRequired).length).toBeGreaterThan(1);
  });

  it('guests allows three guests', () => {
    expect(infoOf('guests').customParams.guestSettings).toEqual({ canAddGuests: true, maxGuestCount: 3 });
  });

  it('offline-organizer books offline', () => {
    const scheduler = createScenarioScheduler({ now: NOW });
    const info = scheduler.getBookingInfo('offline-organizer', { timezone: 'UTC' }).body as WireBookingInfo;
    const slot = info.linkAvailability?.linkAvailabilityByDuration['1200000']?.availabilities[0];
    const response = scheduler.book({
      slug: 'offline-organizer', firstName: 'A', lastName: 'B', email: 'a@example.org',
      startTime: slot?.startMillisUtc, duration: 1_200_000,
    });
    expect(response.body).toMatchObject({ isOffline: true, calendarEventId: '' });
  });

  it('web-conference returns a join link', () => {
    const scheduler = createScenarioScheduler({ now: NOW });
    const info = scheduler.getBookingInfo('web-conference', { timezone: 'UTC' }).body as WireBookingInfo;
    const slot = info.linkAvailability?.linkAvailabilityByDuration['1500000']?.availabilities[0];
    const response = scheduler.book({
      slug: 'web-conference', firstName: 'A', lastName: 'B', email: 'a@example.org',
      startTime: new Date(slot?.startMillisUtc ?? 0).toISOString(), duration: 1_500_000,
    });
    expect(response.body).toMatchObject({ webConferenceUrl: expect.stringMatching(/^https:\/\//) });
  });

  it('no-availability is empty in every month with hasMore false', () => {
    for (const monthOffset of [0, 1, 2]) {
      const availability = infoOf('no-availability', NOW, 'America/New_York', monthOffset).linkAvailability;
      expect(allStarts(availability)).toEqual([]);
      expect(availability?.hasMore).toBe(false);
    }
  });

  it('two-months-ahead is empty for two months and opens in the third', () => {
    expect(allStarts(infoOf('two-months-ahead', NOW, 'Europe/Madrid', 0).linkAvailability)).toEqual([]);
    expect(infoOf('two-months-ahead', NOW, 'Europe/Madrid', 0).linkAvailability?.hasMore).toBe(true);
    expect(allStarts(infoOf('two-months-ahead', NOW, 'Europe/Madrid', 1).linkAvailability)).toEqual([]);
    const december = allStarts(infoOf('two-months-ahead', NOW, 'Europe/Madrid', 2).linkAvailability);
    expect(december.length).toBeGreaterThan(0);
    expect(Math.min(...december)).toBeGreaterThanOrEqual(Date.parse('2025-12-08T23:00:00Z'));
  });

  it('far-timezone shows a Tokyo Monday morning on Sunday evening in Los Angeles', () => {
    const starts = allStarts(infoOf('far-timezone', NOW, 'America/Los_Angeles').linkAvailability);
    const tokyo = starts.map((ms) => wallClock(ms, 'Asia/Tokyo'));
    const visitor = starts.map((ms) => wallClock(ms, 'America/Los_Angeles'));
    expect(tokyo).toContain('Mon 13:00');
    expect(visitor[tokyo.indexOf('Mon 13:00')]).toBe('Sun 21:00');
    expect(tokyo.every((label) => /^(Mon|Tue|Wed|Thu|Fri) (1[0-7]):(00|30)$/.test(label))).toBe(true);
  });

  it('stay usable on any clock: future slots inside the organizer’s hours within two months', () => {
    const bookable = ids.filter((id) => id !== 'no-availability' && id !== 'two-months-ahead');
    fc.assert(
      fc.property(
        // From the day after the guide's last sample slot: menelson's fixed slots must then be shifted.
        fc.integer({ min: Date.parse('2025-10-14T00:00:00Z'), max: Date.parse('2032-12-31T00:00:00Z') }),
        fc.constantFrom(...bookable),
        fc.constantFrom('UTC', 'America/Los_Angeles', 'Pacific/Chatham', 'Asia/Kolkata'),
        (now, id, timezone) => {
          const starts = [0, 1].flatMap((monthOffset) => allStarts(infoOf(id, now, timezone, monthOffset).linkAvailability));
          expect(starts.length).toBeGreaterThan(0);
          expect(starts.every((start) => start > now)).toBe(true);
          const link = scenarios[id].link;
          for (const start of starts.slice(0, 20)) {
            const [day, time] = wallClock(start, link.organizerTimeZone, 'long').split(' ') as [string, string];
            const weekday = day.toUpperCase() as keyof typeof link.weeklyHours;
            const [hh, mm] = time.split(':').map(Number) as [number, number];
            const minute = hh * 60 + mm;
            const ranges = link.weeklyHours[weekday] ?? [];
            expect(ranges.some((range) => minute >= range.start && minute < range.end)).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('failure variants', () => {
  it('each open an existing scenario and describe what they show', () => {
    expect(Object.keys(failureVariants).sort()).toEqual(
      ['network-error-at-booking', 'not-found', 'server-error-on-load', 'slot-taken', 'slow-network', 'validation-rejected'].sort(),
    );
    for (const [id, variant] of Object.entries(failureVariants)) {
      expect(variant.id).toBe(id);
      expect(scenarios[variant.baseScenario]).toBeDefined();
      expect(variant.description.length).toBeGreaterThan(20);
    }
    expect(failureVariants['slow-network'].latencyMs).toBeGreaterThanOrEqual(3000);
    expect(failureVariants['slow-network'].latencyMs).toBeLessThanOrEqual(4000);
  });
});
