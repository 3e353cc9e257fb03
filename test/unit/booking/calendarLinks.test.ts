// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { calendarEventFromBooking } from '../../../src/booking/calendarEventFromBooking';
import { googleCalendarUrl } from '../../../src/booking/googleCalendarUrl';
import { outlookCalendarUrl } from '../../../src/booking/outlookCalendarUrl';
import { safeHttpUrl } from '../../../src/booking/safeHttpUrl';
import type { BookingResult } from '../../../src/api/types';
import { bookingInfoFixture, member } from '../../helpers/bookingInfoFixture';

const input = {
  start: Date.UTC(2025, 9, 13, 13, 0),
  end: Date.UTC(2025, 9, 13, 13, 30),
  title: 'Intro & demo',
  details: 'Join: https://meet.example.com/x?a=1&b=2',
  location: 'Room 4, HQ',
};

describe('calendar links', () => {
  it('builds a Google Calendar template link with UTC dates', () => {
    const url = new URL(googleCalendarUrl(input));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe('Intro & demo');
    expect(url.searchParams.get('dates')).toBe('20251013T130000Z/20251013T133000Z');
    expect(url.searchParams.get('details')).toBe(input.details);
    expect(url.searchParams.get('location')).toBe('Room 4, HQ');
  });

  it('builds an Outlook.com compose link with ISO times', () => {
    const url = new URL(outlookCalendarUrl(input));
    expect(url.origin + url.pathname).toBe('https://outlook.live.com/calendar/0/action/compose');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      subject: 'Intro & demo',
      startdt: '2025-10-13T13:00:00Z',
      enddt: '2025-10-13T13:30:00Z',
      body: input.details,
      location: 'Room 4, HQ',
    });
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.com/x', 'https://example.com/x'],
    [' http://example.com ', 'http://example.com/'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,hi', undefined],
    ['/relative', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (value, expected) => {
    expect(safeHttpUrl(value)).toBe(expected);
  });
});

describe('calendarEventFromBooking', () => {
  const result: BookingResult = {
    calendarEventId: 'evt1',
    start: input.start,
    end: input.end,
    duration: 1_800_000,
    contactId: 'c1',
    bookingTimezone: 'America/New_York',
    guestEmails: [],
    subject: '',
    isOffline: false,
    webConferenceUrl: 'javascript:alert(1)',
    formFields: [],
    legalConsentResponses: [],
  };

  it('names the organizer of a personal link, falls back to the given title, and drops unsafe join links', () => {
    const info = bookingInfoFixture({ members: [member('9', 'Jane Doe')], location: 'HQ' });
    expect(calendarEventFromBooking(result, info, 'Meeting with Jane Doe')).toEqual({
      uid: 'evt1@meeting-scheduler',
      start: input.start,
      end: input.end,
      summary: 'Meeting with Jane Doe',
      description: 'Jane Doe',
      location: 'HQ',
      url: undefined,
      organizer: { name: 'Jane Doe', email: '9@example.com' },
    });
  });

  it('uses the join link and a stable uid for an offline booking', () => {
    const info = bookingInfoFixture({ linkType: 'ROUND_ROBIN_CALENDAR', members: [member('1', 'A'), member('2', 'B')] });
    const offline = { ...result, calendarEventId: '', isOffline: true, subject: 'Demo', webConferenceUrl: 'https://meet.example.com/z' };
    const entry = calendarEventFromBooking(offline, info, 'x');
    expect(entry.uid).toBe(`c1-${input.start}@meeting-scheduler`);
    expect(entry.summary).toBe('Demo');
    expect(entry.url).toBe('https://meet.example.com/z');
    expect(entry.location).toBe('https://meet.example.com/z');
    expect(entry.organizer).toBeUndefined();
  });
});
