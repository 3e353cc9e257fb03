import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingScheduler } from '../../../src/components/MeetingScheduler';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { day, findCalendar, renderScheduler, timesOn } from './renderScheduler';
import { useFixedClock } from '../../helpers/fixedClock';

// The documentation's sample page: fixed slots at 2025-10-10T20:45Z (15 min) and from
// 2025-10-13T13:00Z; "now" just before them so they are in the future.
const fake = useFakeBackend();

useFixedClock('2025-10-09T12:00:00Z');

const availabilityRequests = () => fake.backend.requests.filter((request) => request.path.includes('/availability-page/'));

describe('menelson in America/New_York', () => {
  it('shows the duration tabs with the first one that has a free slot selected', async () => {
    renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['15 min', '30 min', '1 hr']);
    expect(screen.getByRole('tab', { name: '15 min' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: '30 min' })).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('15 min');
  });

  it('offers the days with slots, labels the others, and lists the first day’s times', async () => {
    renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    expect(day('Friday, October 10, 2025')).not.toHaveAttribute('aria-disabled');
    expect(day('Monday, October 13, 2025')).not.toHaveAttribute('aria-disabled');
    expect(day('Saturday, October 11, 2025, no availability')).toHaveAttribute('aria-disabled', 'true');
    expect(day('Thursday, October 9, 2025, no availability')).toHaveAttribute('aria-current', 'date');
    expect(day('Friday, October 10, 2025').closest('[role="gridcell"]')).toHaveAttribute('aria-selected', 'true');
    expect(timesOn('Friday, October 10, 2025')).toEqual(['4:45 PM']);
  });

  it('shows another day’s times and another duration’s days', async () => {
    const { user } = renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    await user.click(day('Monday, October 13, 2025'));
    expect(timesOn('Monday, October 13, 2025')).toEqual(['9:00 AM']);
    await user.click(screen.getByRole('tab', { name: '1 hr' }));
    expect(day('Friday, October 10, 2025, no availability')).toHaveAttribute('aria-disabled', 'true');
    expect(timesOn('Monday, October 13, 2025')).toEqual(['9:00 AM', '9:15 AM', '9:30 AM']);
  });

  it('needs exactly one request, and disables next when nothing more exists', async () => {
    renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    // Give a prefetch every chance to happen: there must be none, hasMore is false.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(fake.backend.requests).toHaveLength(1);
    expect(fake.backend.requests[0]).toMatchObject({
      method: 'GET',
      path: expect.stringMatching(/\/meetings\/meeting-links\/book\/menelson$/),
      query: { timezone: 'America/New_York' },
    });
    expect(screen.getByRole('button', { name: 'Next month' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Previous month' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('switches to a 24-hour clock', async () => {
    const { user } = renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    expect(screen.getByRole('radio', { name: '12h' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: '24h' }));
    expect(timesOn('Friday, October 10, 2025')).toEqual(['16:45']);
  });

  it('starts on a 24-hour clock from the hourCycle prop, and from the locale', async () => {
    renderScheduler({ slug: 'menelson', hourCycle: 'h23' });
    await findCalendar('October 2025');
    expect(timesOn('Friday, October 10, 2025')).toEqual(['16:45']);
  });
});

describe('menelson in Asia/Kolkata', () => {
  it('moves the 20:45 UTC slot to Saturday, October 11 at 2:15 AM', async () => {
    renderScheduler({ slug: 'menelson', timezone: 'Asia/Kolkata' });
    await findCalendar('October 2025');
    expect(day('Friday, October 10, 2025, no availability')).toHaveAttribute('aria-disabled', 'true');
    expect(day('Saturday, October 11, 2025')).not.toHaveAttribute('aria-disabled');
    expect(timesOn('Saturday, October 11, 2025')).toEqual(['2:15 AM']);
    expect(fake.backend.requests[0]?.query).toMatchObject({ timezone: 'Asia/Kolkata' });
  });

  it('regroups at once when the visitor picks the zone, and refetches with it', async () => {
    const { user } = renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    const picker = screen.getByRole('combobox', { name: 'Time zone' });
    expect((picker as HTMLInputElement).value).toMatch(/^Eastern Time \(/);
    await user.clear(picker);
    await user.type(picker, 'Kolkata');
    const listbox = screen.getByRole('listbox', { name: 'Time zone' });
    expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('India Standard Time - Kolkata (GMT+05:30)');
    await user.keyboard('{Enter}');
    // The same instants, regrouped in the new zone before any answer arrives.
    expect(timesOn('Saturday, October 11, 2025')).toEqual(['2:15 AM']);
    expect((picker as HTMLInputElement).value).toMatch(/^India Standard Time \(/);
    await waitFor(() => expect(availabilityRequests()).toHaveLength(1));
    expect(availabilityRequests()[0]?.query.timezone).toBe('Asia/Kolkata');
    // Month 0 may be sent as monthOffset=0 or left out: both mean the current month.
    expect(Number(availabilityRequests()[0]?.query.monthOffset ?? 0)).toBe(0);
    expect(timesOn('Saturday, October 11, 2025')).toEqual(['2:15 AM']);
  });

  it('follows a new timezone prop from the host', async () => {
    const { rerender } = renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    rerender(<MeetingScheduler slug="menelson" locale="en-US" timezone="Asia/Kolkata" />);
    expect(timesOn('Saturday, October 11, 2025')).toEqual(['2:15 AM']);
  });
});
