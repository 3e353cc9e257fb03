// Issue 13 item 3: offline is said at once, the book POST is never sent later by itself, and a
// month that was not loaded gives a clear message instead of the skeleton forever; reads come
// back when the connection does.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { preloadBookingViews } from '../../../src/components/lazyBookingViews';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { useFixedClock } from '../../helpers/fixedClock';
import { bookCalls, chooseSlot, fillDetails, renderScheduler } from './helpers/bookingFlow';

const fake = useFakeBackend({ scenarioIds: ['web-conference', 'round-robin'] });
useFixedClock('2025-10-06T05:00:00Z');

function setOnline(online: boolean): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

afterEach(() => setOnline(true));
// The form's chunk, transformed once up front: on a loaded machine its first import can outlast findBy's wait.
beforeAll(() => preloadBookingViews(), 30_000);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('offline', () => {
  it('Book says so at once, keeps every value, and never sends the POST by itself', { timeout: 40_000 }, async () => {
    const { user, onBooked } = renderScheduler({ slug: 'web-conference', timezone: 'America/Toronto' });
    await chooseSlot(user, { duration: '25 min', day: 'Thursday, October 9, 2025', time: '11:00 AM' });
    await fillDetails(user);
    setOnline(false);
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));

    const alert = await screen.findByRole('alert', {}, { timeout: 1000 });
    expect(alert).toHaveTextContent("You're offline: we'll keep your details");
    expect(screen.getByRole('button', { name: 'Book meeting' })).toBeEnabled();
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveValue('menelson@hubspot.com');

    setOnline(true);
    await pause(1500);
    expect(bookCalls(fake.backend.requests)).toHaveLength(0);
    expect(onBooked).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('heading', { name: 'Meeting booked' });
    expect(bookCalls(fake.backend.requests)).toHaveLength(1);
  });

  it('paging to a month not loaded yet says offline, and loads it once back online', { timeout: 40_000 }, async () => {
    // round-robin advertises 8 weeks: from October 20 that reaches into December.
    vi.setSystemTime(new Date('2025-10-20T12:00:00Z'));
    const { user } = renderScheduler({ slug: 'round-robin', timezone: 'America/Chicago' });
    await screen.findByRole('grid', { name: 'October 2025' }, { timeout: 5000 });
    setOnline(false);
    // Page ahead until a month that was not prefetched before the connection dropped.
    let alert: HTMLElement | null = null;
    for (let step = 0; step < 4 && !alert; step += 1) {
      await user.click(screen.getByRole('button', { name: 'Next month' }));
      alert = await screen.findByRole('alert', {}, { timeout: 1000 }).catch(() => null);
    }
    expect(alert).toHaveTextContent(/offline/i);
    expect(screen.queryByText('Loading available times…')).toBeNull();
    const month = document.querySelector('.ms-calendar__caption')?.textContent ?? '';
    setOnline(true);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), { timeout: 5000 });
    const grid = await screen.findByRole('grid', { name: month });
    expect(within(grid).getAllByRole('button').some((button) => button.hasAttribute('data-available'))).toBe(true);
  });
});
