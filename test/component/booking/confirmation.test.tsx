import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BookingInfo, BookingResult } from '../../../src/api/types';
import { Confirmation } from '../../../src/components/Confirmation';
import { defaultMessages } from '../../../src/i18n/Messages';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { bookingInfoFixture, member } from '../../helpers/bookingInfoFixture';
import { chooseSlot, fillDetails, renderScheduler } from './helpers/bookingFlow';
import { useFixedClock } from '../../helpers/fixedClock';

useFakeBackend({ scenarioIds: ['web-conference'] });
useFixedClock('2025-10-06T05:00:00Z');

/** The .ics text behind the download link (its data: URL fallback). */
function icsOf(link: HTMLElement): string {
  const href = link.getAttribute('href') ?? '';
  expect(href.startsWith('data:text/calendar;charset=utf-8,')).toBe(true);
  return decodeURIComponent(href.slice('data:text/calendar;charset=utf-8,'.length));
}

const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('add to calendar', () => {
  it('the .ics file of a real booking has its UTC times, escaped text and the join link', async () => {
    const { user } = renderScheduler({ slug: 'web-conference', timezone: 'Asia/Tokyo' });
    await chooseSlot(user, { duration: '25 min', day: 'Friday, October 10, 2025', time: '12:00 AM' });
    await fillDetails(user, { firstName: 'Mel, "Linda"', lastName: 'Nelson; Jr.' });
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('heading', { name: 'Meeting booked' });

    const ics = icsOf(screen.getByRole('link', { name: 'Download .ics file' }));
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    // Midnight in Tokyo is 11:00 AM Eastern the day before; the file says it in UTC.
    expect(lines).toContain('DTSTART:20251009T150000Z');
    expect(lines).toContain('DTEND:20251009T152500Z');
    expect(lines.find((line) => line.startsWith('SUMMARY:'))).toMatch(/^SUMMARY:.*Mel\\, "Linda" Nelson\\; Jr\./);
    expect(lines).toContain('URL:https://meet.example.com/ms-demo-walkthrough');
    expect(lines).toContain('ORGANIZER;CN=Hana Kowalski:mailto:hana.kowalski@tailspin.example');
    expect(lines.filter((line) => /^(UID|DTSTAMP|PRODID):/.test(line))).toHaveLength(3);
  });

  it('downloads through a Blob URL that is revoked afterwards', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:http://localhost:3000/ics-1';
    });
    const revokeObjectURL = vi.fn();
    // jsdom has no object URLs: put doubles in place for this test only.
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date('2025-10-06T05:00:00Z'));
    try {
      render(<Confirmation result={result()} info={info()} timezone="America/New_York" locale="en-US" hourCycle="h12" messages={defaultMessages} />);
      const link = screen.getByRole('link', { name: 'Download .ics file' });
      const fallback = link.getAttribute('href');
      // A click on the real link: jsdom does not download, but the handler runs as in a browser.
      link.addEventListener('click', (event) => event.preventDefault());
      act(() => link.click());
      expect(createObjectURL).toHaveBeenCalledTimes(1);
      expect(created[0]!.type).toBe('text/calendar;charset=utf-8');
      expect(await created[0]!.text()).toBe(icsOf({ getAttribute: () => fallback } as unknown as HTMLElement));
      act(() => vi.advanceTimersByTime(10_000));
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost:3000/ics-1');
      expect(link.getAttribute('href')).toBe(fallback);
    } finally {
      Object.assign(URL, original);
    }
  });
});

function result(overrides: Partial<BookingResult> = {}): BookingResult {
  return {
    calendarEventId: 'evt-1',
    start: Date.UTC(2025, 9, 13, 13, 0),
    end: Date.UTC(2025, 9, 13, 13, 30),
    duration: 1_800_000,
    contactId: '42',
    bookingTimezone: 'America/New_York',
    guestEmails: [],
    subject: 'Intro',
    isOffline: false,
    formFields: [],
    legalConsentResponses: [],
    ...overrides,
  };
}

function info(overrides: Partial<BookingInfo> = {}): BookingInfo {
  return bookingInfoFixture({ members: [member('9', 'Jane Doe')], ...overrides });
}

describe('redirect after booking', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('follows an http(s) redirectUrl after a moment when the host opts in, with a link to go now', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    // The same page with a fragment: the one kind of navigation jsdom performs.
    const target = `${window.location.href.split('#')[0]}#booked`;
    render(
      <Confirmation
        result={result()}
        info={info({ redirectUrl: target })}
        timezone="America/New_York"
        locale="en-US"
        hourCycle="h12"
        messages={defaultMessages}
        redirectOnBooked
      />,
    );
    expect(screen.getByText(/Taking you to the next page/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Continue now' })).toHaveAttribute('href', target);
    expect(window.location.hash).toBe('');
    act(() => vi.advanceTimersByTime(3000));
    expect(window.location.href).toBe(target);
  });

  it.each([
    ['the host did not opt in', 'https://example.com/thanks', false],
    ['a javascript: URL', 'javascript:alert(1)', true],
    ['a relative URL', '/thanks', true],
  ])('does nothing for %s', (_case, redirectUrl, redirectOnBooked) => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const before = window.location.href;
    render(
      <Confirmation
        result={result()}
        info={info({ redirectUrl })}
        timezone="America/New_York"
        locale="en-US"
        hourCycle="h12"
        messages={defaultMessages}
        redirectOnBooked={redirectOnBooked}
      />,
    );
    expect(screen.queryByRole('link', { name: 'Continue now' })).toBeNull();
    act(() => vi.advanceTimersByTime(10_000));
    expect(window.location.href).toBe(before);
  });

  it('a join link that is not http(s) is not shown', () => {
    render(
      <Confirmation
        result={result({ webConferenceUrl: 'javascript:alert(1)' })}
        info={info()}
        timezone="America/New_York"
        locale="en-US"
        hourCycle="h12"
        messages={defaultMessages}
      />,
    );
    expect(screen.queryByRole('link', { name: /Join the meeting/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Meeting booked' })).toHaveFocus();
  });
});

