import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../helpers/axe';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { findCalendar, renderScheduler } from './renderScheduler';
import { useFixedClock } from '../../helpers/fixedClock';

// round-robin: weekdays 8:00–17:00 in Chicago, advertised 8 weeks ahead (to mid-December).
const fake = useFakeBackend();

useFixedClock('2025-10-20T12:00:00Z');

const pageRequests = () =>
  fake.backend.requests
    .filter((request) => request.path.includes('/availability-page/'))
    .map((request) => `${request.query.timezone} ${request.query.monthOffset ?? '0'}`);

const availableDays = () =>
  screen
    .getAllByRole('button')
    .filter((button) => button.hasAttribute('data-date') && !button.hasAttribute('aria-disabled'));

describe('paging through months', () => {
  it('prefetches the next month, so moving to it shows its times without loading', async () => {
    const { user, container } = renderScheduler({ slug: 'round-robin', timezone: 'America/Chicago' });
    await findCalendar('October 2025');
    await waitFor(() => expect(pageRequests()).toEqual(['America/Chicago 1']));

    await user.click(screen.getByRole('button', { name: 'Next month' }));
    // No loading state in between: the grid is November at once, with its days available.
    const november = screen.getByRole('grid', { name: 'November 2025' });
    expect(november).not.toHaveAttribute('aria-busy');
    expect(availableDays().length).toBeGreaterThan(10);
    expect(screen.getByRole('radiogroup', { name: 'Monday, November 3, 2025' })).toBeInTheDocument();
    expect(screen.getAllByRole('radio')[0]).toHaveTextContent('8:00 AM');
    await expectNoAxeViolations(container);

    // Arriving in November prefetched December.
    await waitFor(() => expect(pageRequests()).toEqual(['America/Chicago 1', 'America/Chicago 2']));
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(screen.getByRole('grid', { name: 'December 2025' })).not.toHaveAttribute('aria-busy');
    // Advertised to mid-December only: nothing beyond, so next is disabled and nothing is prefetched.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next month' })).toHaveAttribute('aria-disabled', 'true'));
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(screen.getByRole('grid', { name: 'December 2025' })).toBeInTheDocument();
    expect(pageRequests()).toEqual(['America/Chicago 1', 'America/Chicago 2']);

    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(screen.getByRole('grid', { name: 'October 2025' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous month' })).toHaveAttribute('aria-disabled', 'true');
    // All from the cache: month 0 came with the booking info.
    expect(pageRequests()).toEqual(['America/Chicago 1', 'America/Chicago 2']);
  });

  it('loads a month on PageDown when it was not prefetched, showing it busy meanwhile', async () => {
    // November's page is held until the test releases it (a resolver that returns nothing falls
    // through to the fake backend), so "still loading" does not depend on how fast the machine is.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    fake.server.use(
      http.get(/\/availability-page\//, async ({ request }) => {
        if (new URL(request.url).searchParams.get('monthOffset') === '1') await held;
      }),
    );
    const { user } = renderScheduler({ slug: 'round-robin', timezone: 'America/Chicago' });
    await findCalendar('October 2025');
    const focused = screen.getByRole('button', { name: /^Monday, October 20, 2025(,|$)/ });
    focused.focus();
    await user.keyboard('{PageDown}');
    const november = screen.getByRole('grid', { name: 'November 2025' });
    expect(november).toHaveAttribute('aria-busy', 'true');
    // The focused day stays put while its month loads, then becomes available.
    expect(document.activeElement).toHaveAttribute('data-date', '2025-11-20');
    expect(pageRequests()).toEqual([]);
    release();
    await waitFor(() => expect(november).not.toHaveAttribute('aria-busy'));
    expect(pageRequests()[0]).toBe('America/Chicago 1');
    expect(screen.getByRole('button', { name: /^Thursday, November 20, 2025(,|$)/ })).toHaveFocus();
  });

  it('opens on the first month with a free time, paging forward while the server has more', async () => {
    vi.setSystemTime(new Date('2025-10-09T12:00:00Z'));
    renderScheduler({ slug: 'two-months-ahead', timezone: 'America/New_York' });
    // Availability starts two months from now: October and November are searched and skipped.
    expect(await findCalendar('December 2025')).toBeInTheDocument();
    expect(pageRequests().slice(0, 2)).toEqual(['America/New_York 1', 'America/New_York 2']);
    expect(screen.getByRole('button', { name: 'Previous month' })).not.toHaveAttribute('aria-disabled');
  });
});
