import { act, render, screen, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { MeetingScheduler } from '../../../src/components/MeetingScheduler';
import { expectNoAxeViolations } from '../../helpers/axe';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { findCalendar, renderScheduler, timesOn } from './renderScheduler';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend();

useFixedClock('2025-10-09T12:00:00Z');

describe('the root', () => {
  it('is a named region with the colour scheme, language and the brand colours as variables', async () => {
    const { container } = renderScheduler({ slug: 'menelson', colorScheme: 'dark' });
    await findCalendar('October 2025');
    const root = container.querySelector<HTMLElement>('.ms-root');
    expect(screen.getByRole('region', { name: 'Schedule a meeting' })).toBe(root);
    expect(root).toHaveAttribute('data-color-scheme', 'dark');
    expect(root).toHaveAttribute('lang', 'en-US');
    expect(root).toHaveAttribute('dir', 'ltr');
    // The sample's primary colour, with black text on it (white would fail AA on that yellow).
    expect(root?.style.getPropertyValue('--ms-brand')).toBe('#ebb70e');
    expect(root?.style.getPropertyValue('--ms-on-brand')).toBe('#000000');
  });

  it('takes the week start and the clock from the locale', async () => {
    renderScheduler({ slug: 'menelson', locale: 'en-GB' });
    const grid = await screen.findByRole('grid', undefined, { timeout: 5000 });
    expect(screen.getAllByRole('columnheader')[0]).toHaveTextContent('Mon');
    expect(grid).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '24h' })).toBeChecked();
    expect(screen.getByRole('radiogroup', { name: /10 October 2025/ })).toHaveTextContent('16:45');
  });

  it('overrides any string through messages', async () => {
    renderScheduler({
      slug: 'menelson',
      messages: { durationLabel: (ms) => `${ms / 60_000} minutes`, nextMonth: 'Later', timeZoneLabel: 'Your zone' },
    });
    await findCalendar('October 2025');
    expect(screen.getByRole('tab', { name: '15 minutes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Later' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Your zone' })).toBeInTheDocument();
  });

  it('contains a crash of its own views, shows an error and reports it', async () => {
    const onError = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderScheduler({
      slug: 'menelson',
      onError,
      messages: {
        durationLabel: () => {
          throw new Error('a host formatter broke');
        },
      },
    });
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(alert).toHaveTextContent('Something went wrong in the scheduler');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'invalid-response' }));
    expect(onError.mock.calls[0]?.[0].cause).toEqual(new Error('a host formatter broke'));
    expect(screen.getByRole('region', { name: 'Schedule a meeting' })).toContainElement(alert);
    consoleError.mockRestore();
  });

  it('shows a month that failed to load with a way to try again, and reports it', async () => {
    vi.setSystemTime(new Date('2025-10-20T12:00:00Z'));
    fake.backend.setFaults([{ call: 'getAvailabilityPage', times: 6, response: { status: 503, body: { status: 'error', message: 'down' } } }]);
    const onError = vi.fn();
    const { user, container } = renderScheduler({ slug: 'round-robin', timezone: 'America/Chicago', onError });
    await findCalendar('October 2025');
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    const alert = await screen.findByRole('alert', undefined, { timeout: 8000 });
    expect(alert).toHaveTextContent('The available times could not be loaded');
    expect(screen.getByRole('grid', { name: 'November 2025' })).toBeInTheDocument();
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'server', status: 503 })));
    await expectNoAxeViolations(container);
    fake.backend.setFaults([]);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('radiogroup', { name: 'Monday, November 3, 2025' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('never offers a time that has passed, even on a page left open', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2025-10-09T12:00:00Z'));
    renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    expect(timesOn('Friday, October 10, 2025')).toEqual(['4:45 PM']);
    // A day and a bit later, without any new request or prop: the minute tick drops the slot.
    act(() => {
      vi.setSystemTime(new Date('2025-10-10T20:59:30Z'));
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByRole('button', { name: 'Friday, October 10, 2025, no availability' })).toHaveAttribute('aria-disabled', 'true');
    expect(timesOn('Monday, October 13, 2025')).toEqual(['9:00 AM']);
  });

  it('uses the host’s QueryClient when given one', async () => {
    const queryClient = new QueryClient();
    render(<MeetingScheduler slug="menelson" locale="en-US" timezone="America/New_York" queryClient={queryClient} />);
    await findCalendar('October 2025');
    const keys = queryClient.getQueryCache().getAll().map((query) => query.queryKey);
    expect(keys).toContainEqual(expect.arrayContaining(['meeting-scheduler', 'booking-info', { slug: 'menelson', timezone: 'America/New_York' }]));
  });
});
