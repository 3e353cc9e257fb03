// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core';
import * as headless from '../../src/headless';
import * as rootEntry from '../../src/index';

// What only the widget's lazily loaded form uses must stay off the root entry: esbuild splits by
// file, so anything the root reaches loads up front (`npm run size` measures the bytes).
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

describe('the public entries', () => {
  it('the root entry keeps the widget, provider and non-booking hooks, but no booking hook or helper', () => {
    for (const name of ['MeetingScheduler', 'MeetingsProvider', 'useSchedulerFlow', 'useBrowseState', 'useBookingInfo', 'createMeetingsClient']) {
      expect(rootEntry, name).toHaveProperty(name);
    }
    expect(BOOKING_ONLY.filter((name) => name in rootEntry)).toEqual([]);
    // The root lists core's exports one by one: a new one in core must be added there too.
    expect(Object.keys(core).filter((name) => !BOOKING_ONLY.includes(name) && !(name in rootEntry))).toEqual([]);
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
