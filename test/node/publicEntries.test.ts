// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core';
import * as headless from '../../src/headless';
import * as rootEntry from '../../src/index';

// The booking hooks and helpers: only the widget's lazily loaded form uses them.
const BOOKING_ONLY = [
  'useBookingSubmit',
  'useBookMeeting',
  'bookMeetingMutationOptions',
  'buildBookRequest',
  'createInitialFormValues',
  'validateBookingForm',
  'mapServerFieldErrors',
  'bookingFailureText',
  'fieldKeys',
  'calendarEventFromBooking',
  'createIcsEvent',
  'googleCalendarUrl',
  'outlookCalendarUrl',
];

// What the root entry takes from core: the client, its error and the English browse messages. Every other
// framework-free helper is in core only: esbuild splits by file, so whatever the root re-exports
// that a lazy chunk also uses loads up front, even when the app never imports it.
const ROOT_FROM_CORE = ['createMeetingsClient', 'isMeetingsApiError', 'MeetingsApiError', 'defaultBrowseMessages'];

describe('the public entries', () => {
  it('the root entry is the widget and its React parts, plus the client, its error and the English browse messages', () => {
    for (const name of ['MeetingScheduler', 'MeetingsProvider', 'TimeZonePicker', 'useBrowseState', 'useBookingInfo', ...ROOT_FROM_CORE]) {
      expect(rootEntry, name).toHaveProperty(name);
    }
    expect(Object.keys(core).filter((name) => name in rootEntry)).toEqual(ROOT_FROM_CORE.filter((name) => name in core));
    expect(ROOT_FROM_CORE.filter((name) => !(name in core))).toEqual([]);
    expect(BOOKING_ONLY.filter((name) => name in rootEntry)).toEqual([]);
  });

  it('headless has every hook and helper: every root export but the widget, and all of core', () => {
    const missing = Object.keys(rootEntry).filter((name) => name !== 'MeetingScheduler' && !(name in headless));
    expect(missing).toEqual([]);
    expect(Object.keys(core).filter((name) => !(name in headless))).toEqual([]);
    for (const name of BOOKING_ONLY) expect(headless, name).toHaveProperty(name);
    expect(headless).not.toHaveProperty('MeetingScheduler');
  });

  it('core still has every booking helper and the mutation options', () => {
    for (const name of BOOKING_ONLY.filter((name) => !name.startsWith('use'))) expect(core, name).toHaveProperty(name);
  });
});
