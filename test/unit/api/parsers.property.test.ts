// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeetingsApiError } from '../../../src/api/MeetingsApiError';
import { parseAvailabilityPage } from '../../../src/api/parseAvailabilityPage';
import { parseBookingInfo } from '../../../src/api/parseBookingInfo';
import { parseBookingResult } from '../../../src/api/parseBookingResult';
import { parseMeetingLinksPage } from '../../../src/api/parseMeetingLinksPage';
import type { TimeSlot } from '../../../src/api/types';

const parsers = { parseBookingInfo, parseAvailabilityPage, parseBookingResult, parseMeetingLinksPage };

/** A value that is sometimes right, sometimes the wrong type: what a careless encoder sends. */
const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constantFrom('', '12', '1e3', 'NaN', '#fff', 'MONDAY', 'true'),
  fc.jsonValue({ maxDepth: 2 }),
);
const millis = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 4_000_000_000_000 }) }, { weight: 1, arbitrary: junk });
const wireSlot = fc.oneof(
  { weight: 5, arbitrary: fc.record({ startMillisUtc: millis, endMillisUtc: millis }) },
  { weight: 1, arbitrary: junk },
);
const durationKey = fc.oneof(fc.constantFrom('900000', '1800000', '3600000', '0', '-5', 'x', '1e6'), fc.string());
const linkAvailability = fc.record(
  {
    hasMore: junk,
    linkAvailabilityByDuration: fc.dictionary(
      durationKey,
      fc.oneof(fc.record({ meetingDurationMillis: millis, availabilities: fc.array(wireSlot, { maxLength: 12 }) }), junk),
    ),
  },
  { requiredKeys: [] },
);
const member = fc.record(
  {
    isOffline: junk,
    busyTimes: fc.oneof(fc.array(fc.record({ start: millis, end: millis })), junk),
    meetingsUser: fc.oneof(
      fc.record(
        {
          id: junk,
          userId: junk,
          calendarProvider: junk,
          userProfile: fc.oneof(fc.record({ email: junk, firstName: junk, lastName: junk, fullName: junk }), junk),
        },
        { requiredKeys: [] },
      ),
      junk,
    ),
  },
  { requiredKeys: [] },
);
const members = fc.oneof(fc.array(member, { maxLength: 4 }), junk);
const bookingInfo = fc.record(
  {
    linkId: junk,
    linkType: junk,
    customParams: fc.oneof(
      { weight: 5, arbitrary: fc.dictionary(fc.constantFrom('availability', 'durations', 'formFields', 'legalConsentEnabled', 'legalConsentOptions', 'guestSettings', 'startTimeIncrementMinutes', 'displayInfo', 'welcomeScreenInfo', 'meetingBufferTime'), junk) },
      { weight: 1, arbitrary: junk },
    ),
    allUsersBusyTimes: members,
    brandingMetadata: fc.oneof(fc.dictionary(fc.string(), junk), junk),
    linkAvailability: fc.oneof(linkAvailability, junk),
  },
  { requiredKeys: [] },
);
const availabilityPage = fc.record({ linkAvailability: fc.oneof(linkAvailability, junk), allUsersBusyTimes: members }, { requiredKeys: [] });
const bookResponse = fc.record(
  {
    start: fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), junk),
    end: fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), junk),
    calendarEventId: junk,
    isOffline: junk,
    duration: junk,
    formFields: fc.oneof(fc.array(fc.dictionary(fc.constantFrom('name', 'label', 'value', 'valueLabel'), junk)), junk),
    legalConsentResponses: junk,
    guestEmails: junk,
  },
  { requiredKeys: [] },
);
const linksPage = fc.record({ total: junk, results: fc.oneof(fc.array(fc.dictionary(fc.string(), junk)), junk), paging: junk }, { requiredKeys: [] });

function expectCleanSlots(slotsByDuration: Record<number, TimeSlot[]>): void {
  for (const [duration, slots] of Object.entries(slotsByDuration)) {
    expect(Number(duration)).toBeGreaterThan(0);
    slots.forEach((slot, index) => {
      expect(slot.end).toBeGreaterThan(slot.start);
      const previous = slots[index - 1];
      if (previous) expect(previous.start < slot.start || (previous.start === slot.start && previous.end < slot.end)).toBe(true);
    });
  }
}

/** Runs `parse`, allowing only a MeetingsApiError of kind invalid-response to escape. */
function parseOrInvalid<T>(parse: (json: unknown) => T, json: unknown): T | undefined {
  try {
    return parse(json);
  } catch (error) {
    expect(error).toBeInstanceOf(MeetingsApiError);
    expect((error as MeetingsApiError).kind).toBe('invalid-response');
    return undefined;
  }
}

describe('parsers on arbitrary input', () => {
  it('throw nothing but an invalid-response MeetingsApiError on any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        for (const parse of Object.values(parsers)) parseOrInvalid(parse as (json: unknown) => unknown, json);
      }),
    );
  });

  it('turn near-valid booking info into sorted, unique slots with end > start and a durations list', () => {
    fc.assert(
      fc.property(bookingInfo, (json) => {
        const info = parseOrInvalid(parseBookingInfo, json);
        if (!info) return;
        expectCleanSlots(info.availability.slotsByDuration);
        for (const duration of info.durations) expect(Number.isSafeInteger(duration) && duration > 0).toBe(true);
        for (const entry of info.members) expectCleanSlots({ 1: entry.busyTimes });
        for (const colour of [info.branding.primaryColor, info.branding.accentColor]) {
          if (colour !== undefined) expect(colour).toMatch(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keep availability pages clean', () => {
    fc.assert(
      fc.property(availabilityPage, (json) => {
        const page = parseOrInvalid(parseAvailabilityPage, json);
        if (page) expectCleanSlots(page.slotsByDuration);
      }),
      { numRuns: 300 },
    );
  });

  it('give booking results with end after start and offline whenever no event id came back', () => {
    fc.assert(
      fc.property(bookResponse, (json) => {
        const result = parseOrInvalid(parseBookingResult, json);
        if (!result) return;
        expect(result.end).toBeGreaterThan(result.start);
        if (result.calendarEventId.trim() === '') expect(result.isOffline).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('read link pages without throwing anything else', () => {
    fc.assert(
      fc.property(linksPage, (json) => {
        const page = parseOrInvalid(parseMeetingLinksPage, json);
        if (page) for (const link of page.results) expect(link.slug).not.toBe('');
      }),
    );
  });
});
