// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { WireBookingInfo, WireBookResponse, WireErrorBody } from '../../../src/api/wireTypes';
import { createFakeScheduler } from '../../../src/mock/createFakeScheduler';
import type { FakeLinkDefinition } from '../../../src/mock/FakeLinkDefinition';
import { bookBody, startsOf, testLink, testMember } from './helpers/testLink';

const MIN = 60_000;
const NOW = Date.parse('2025-10-06T12:00:00Z');
// Wednesday 8 October 2025, 10:00 EDT.
const SLOT = Date.parse('2025-10-08T14:00:00Z');

function scheduler(overrides: Partial<FakeLinkDefinition> = {}) {
  return createFakeScheduler({ now: NOW, links: [testLink(overrides)] });
}

function errorsOf(response: { status: number; body: unknown }) {
  expect(response.status).toBe(400);
  const body = response.body as WireErrorBody;
  expect(body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR', correlationId: expect.any(String) });
  expect(body.message).toEqual(expect.any(String));
  return body.errors?.map((error) => ({ in: error.in, code: error.code })) ?? [];
}

describe('a successful booking', () => {
  it('answers with the booked meeting and makes the time unavailable', () => {
    const fake = scheduler({ location: 'Room 1', webConferenceUrl: 'https://meet.example.com/abc-def', subject: 'Intro call' });
    const response = fake.book(bookBody({ startTime: SLOT }), { timezone: 'Europe/Paris' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      calendarEventId: expect.stringMatching(/^[a-z0-9]{26}$/),
      start: '2025-10-08T14:00:00Z',
      end: '2025-10-08T14:30:00Z',
      duration: 1_800_000,
      contactId: expect.stringMatching(/^\d+$/),
      bookingTimezone: 'Europe/Paris',
      locale: 'en-us',
      guestEmails: [],
      subject: 'Intro call',
      location: 'Room 1',
      isOffline: false,
      webConferenceUrl: 'https://meet.example.com/abc-def',
      webConferenceMeetingId: 'abc-def',
      formFields: [],
      legalConsentResponses: [],
    });
    const info = fake.getBookingInfo('test', { timezone: 'UTC' }).body as WireBookingInfo;
    expect(startsOf(info.linkAvailability, 30 * MIN)).not.toContain('2025-10-08T14:00:00.000Z');
    expect(fake.bookings).toHaveLength(1);
    expect(fake.bookings[0]).toMatchObject({ slug: 'test', assignedUserId: 'u1', start: SLOT, end: SLOT + 30 * MIN });
  });

  it('refuses the same time again with HubSpot’s 409 body', () => {
    const fake = scheduler();
    expect(fake.book(bookBody({ startTime: SLOT })).status).toBe(200);
    const second = fake.book(bookBody({ startTime: SLOT, email: 'other@example.org' }));
    expect(second).toEqual({
      status: 409,
      body: {
        status: 'error',
        category: 'CONFLICT',
        subCategory: 'MEETING_SLOT_UNAVAILABLE',
        message: 'The requested time is no longer available.',
        correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    });
  });

  it('accepts startTime as epoch milliseconds or as an ISO string', () => {
    const fake = scheduler();
    expect(fake.book(bookBody({ startTime: '2025-10-08T14:00:00Z' })).status).toBe(200);
    expect(fake.book(bookBody({ startTime: '2025-10-08T11:00:00.000-04:00', email: 'b@example.org' })).status).toBe(200);
    expect(fake.book(bookBody({ startTime: SLOT + 90 * MIN, email: 'c@example.org' })).status).toBe(200);
    expect(fake.bookings.map((booking) => new Date(booking.start).toISOString())).toEqual([
      '2025-10-08T14:00:00.000Z',
      '2025-10-08T15:00:00.000Z',
      '2025-10-08T15:30:00.000Z',
    ]);
  });

  it('reports an organizer without calendar as offline, with an empty calendarEventId', () => {
    const fake = scheduler({ members: [testMember({ isOffline: true })] });
    const body = fake.book(bookBody({ startTime: SLOT })).body as WireBookResponse;
    expect(body.isOffline).toBe(true);
    expect(body.calendarEventId).toBe('');
  });

  it('echoes custom answers with their labels and the consent answers', () => {
    const fake = scheduler({
      formFields: [
        { name: 'size', label: 'Team size', fieldType: 'select', options: [{ label: 'Small', value: 's' }] },
        { name: 'note', label: 'Note', fieldType: 'text', isCustom: true },
      ],
      legalConsentEnabled: true,
      legalConsentOptions: { communicationConsentCheckboxes: [{ communicationTypeId: '7', label: 'News', required: false }] },
    });
    const body = fake.book(
      bookBody({
        startTime: SLOT,
        formFields: [{ name: 'size', value: 's' }, { name: 'note', value: 'hi' }, { name: 'unknown', value: 'x' }],
        legalConsentResponses: [{ communicationTypeId: '7', consented: false }],
      }),
    ).body as WireBookResponse;
    expect(body.formFields).toEqual([
      { name: 'size', label: 'Team size', value: 's', valueLabel: 'Small', isCustom: true, fieldType: 'select' },
      { name: 'note', label: 'Note', value: 'hi', isCustom: true, fieldType: 'text' },
    ]);
    expect(body.legalConsentResponses).toEqual([{ communicationTypeId: '7', consented: false }]);
  });
});

describe('refused bookings', () => {
  it('answers 404 in HubSpot’s shape for an unknown slug', () => {
    const response = scheduler().book(bookBody({ slug: 'nobody' }));
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ status: 'error', category: 'OBJECT_NOT_FOUND', correlationId: expect.any(String) });
  });

  it('names every missing or malformed visitor field at once', () => {
    const response = scheduler().book(bookBody({ startTime: SLOT, firstName: ' ', lastName: undefined, email: 'not-an-email' }));
    expect(errorsOf(response)).toEqual([
      { in: 'firstName', code: 'REQUIRED' },
      { in: 'lastName', code: 'REQUIRED' },
      { in: 'email', code: 'INVALID_EMAIL' },
    ]);
  });

  it('rejects an unreadable start time and a duration the link does not offer', () => {
    const response = scheduler().book(bookBody({ startTime: 'next tuesday', duration: 25 * MIN }));
    expect(errorsOf(response)).toEqual([
      { in: 'startTime', code: 'INVALID_START_TIME' },
      { in: 'duration', code: 'INVALID_DURATION' },
    ]);
  });

  it('requires the required custom fields, a ticked required yes/no box and valid choices', () => {
    const fake = scheduler({
      formFields: [
        { name: 'company', label: 'Company', fieldType: 'text', isRequired: true },
        { name: 'terms', label: 'Terms', fieldType: 'booleancheckbox', isRequired: true },
        { name: 'tools', label: 'Tools', fieldType: 'checkbox', options: [{ label: 'A', value: 'a' }, { label: 'B', value: 'b' }] },
        { name: 'seats', label: 'Seats', fieldType: 'number' },
      ],
    });
    const response = fake.book(
      bookBody({
        startTime: SLOT,
        formFields: [{ name: 'terms', value: 'false' }, { name: 'tools', value: 'a;z' }, { name: 'seats', value: 'ten' }],
      }),
    );
    expect(errorsOf(response)).toEqual([
      { in: 'formFields.company', code: 'REQUIRED' },
      { in: 'formFields.terms', code: 'REQUIRED' },
      { in: 'formFields.tools', code: 'INVALID_OPTION' },
      { in: 'formFields.seats', code: 'INVALID_NUMBER' },
    ]);
    const ok = fake.book(
      bookBody({ startTime: SLOT, formFields: [{ name: 'company', value: 'Acme' }, { name: 'terms', value: 'true' }, { name: 'tools', value: 'a;b' }] }),
    );
    expect(ok.status).toBe(200);
  });

  it('requires required communication consents but not a processing consent id', () => {
    const fake = scheduler({
      legalConsentEnabled: true,
      legalConsentOptions: {
        processingConsentType: 'REQUIRED_CHECKBOX',
        communicationConsentCheckboxes: [
          { communicationTypeId: '11', label: 'Reminders', required: true },
          { communicationTypeId: '12', label: 'News', required: false },
        ],
      },
    });
    const refused = fake.book(bookBody({ startTime: SLOT, legalConsentResponses: [{ communicationTypeId: '11', consented: false }] }));
    expect(errorsOf(refused)).toEqual([{ in: 'legalConsentResponses.11', code: 'REQUIRED_CONSENT' }]);
    const accepted = fake.book(bookBody({ startTime: SLOT, legalConsentResponses: [{ communicationTypeId: '11', consented: true }] }));
    expect(accepted.status).toBe(200);
  });

  it('checks guests against the link’s guest settings', () => {
    const noGuests = scheduler();
    expect(errorsOf(noGuests.book(bookBody({ startTime: SLOT, guestEmails: ['g@example.org'] })))).toEqual([
      { in: 'guestEmails', code: 'GUESTS_NOT_ALLOWED' },
    ]);
    const guests = scheduler({ guestSettings: { canAddGuests: true, maxGuestCount: 2 } });
    const three = ['a@example.org', 'b@example.org', 'c@example.org'];
    expect(errorsOf(guests.book(bookBody({ startTime: SLOT, guestEmails: three })))).toEqual([
      { in: 'guestEmails', code: 'TOO_MANY_GUESTS' },
    ]);
    expect(errorsOf(guests.book(bookBody({ startTime: SLOT, guestEmails: ['a@example.org', 'oops'] })))).toEqual([
      { in: 'guestEmails', code: 'INVALID_EMAIL' },
    ]);
    const ok = guests.book(bookBody({ startTime: SLOT, guestEmails: three.slice(0, 2) }));
    expect((ok.body as WireBookResponse).guestEmails).toEqual(['a@example.org', 'b@example.org']);
  });

  it('answers 409 for a time that is not offered: past, outside the hours, or occupied by someone else', () => {
    const fake = scheduler();
    expect(fake.book(bookBody({ startTime: Date.parse('2025-10-03T14:00:00Z') })).status).toBe(409);
    expect(fake.book(bookBody({ startTime: Date.parse('2025-10-08T14:10:00Z') })).status).toBe(409);
    expect(fake.book(bookBody({ startTime: Date.parse('2025-10-11T14:00:00Z') })).status).toBe(409);
    fake.occupy('test', SLOT, 30 * MIN);
    expect(fake.book(bookBody({ startTime: SLOT })).status).toBe(409);
    expect(fake.bookings).toEqual([]);
  });

  it('never throws on a body that is not an object', () => {
    for (const body of [undefined, null, 'text', 42, []]) {
      expect(errorsOf(scheduler().book(body))).toEqual([{ in: 'body', code: 'INVALID_JSON' }]);
    }
  });
});

describe('reset and occupy', () => {
  it('reset forgets bookings and occupied times', () => {
    const fake = scheduler();
    fake.book(bookBody({ startTime: SLOT }));
    fake.occupy('test', SLOT + 60 * MIN, 30 * MIN);
    fake.reset();
    expect(fake.bookings).toEqual([]);
    expect(fake.book(bookBody({ startTime: SLOT })).status).toBe(200);
    expect(fake.book(bookBody({ startTime: SLOT + 60 * MIN })).status).toBe(200);
  });

  it('occupy throws for an unknown slug, a mistake in the test itself', () => {
    expect(() => scheduler().occupy('nope', SLOT, 30 * MIN)).toThrow(/nope/);
  });
});
